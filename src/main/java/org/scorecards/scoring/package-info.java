/**
 * Pure scoring: indicator, pillar and overall scores, bands, caps, ranks, regional averages and trends.
 */
package org.scorecards.scoring;
