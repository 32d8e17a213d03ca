/**
 * The pre-filled indicator workbooks sent to focal points at the start of a cycle: one per country, with last
 * year's accepted values beside each row, that {@code WorkbookReader} accepts without a finding once filled in.
 */
package org.scorecards.template;
