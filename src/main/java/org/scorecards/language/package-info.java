/**
 * The six publication languages and the one way labels, numbers and dates are worded in them: resource bundles
 * under {@code i18n/}, one file per language. Used by rendering, validation and the portal alike.
 */
package org.scorecards.language;
