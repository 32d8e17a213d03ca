/**
 * What the portal keeps: accounts and their roles, cycles, every version of every country's submission with
 * its files and findings, and the append-only audit trail. Stored through JDBC in the application database
 * (H2 or PostgreSQL, schema by Flyway); files under the state folder, named by their role, never by what a
 * browser sent.
 */
package org.scorecards.submission;
