/**
 * Validation findings and the rule catalogue (rules.yaml) that words them and sets their severity.
 */
package org.scorecards.validation;
