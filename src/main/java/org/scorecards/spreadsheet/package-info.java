/**
 * What every workbook the tool writes needs, whichever feature writes it (documents, templates, synthetic
 * data): text defused against formula injection, and zip entries stamped so that the same inputs give the
 * same bytes.
 */
package org.scorecards.spreadsheet;
