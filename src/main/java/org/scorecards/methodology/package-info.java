/**
 * The versioned methodology data file and its model: indicators, bounds, weights, bands, caps.
 */
package org.scorecards.methodology;
