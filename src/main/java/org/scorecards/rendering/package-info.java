/**
 * The published documents: JasperReports scorecards and summary, POI annex, validation and summary workbooks.
 */
package org.scorecards.rendering;
