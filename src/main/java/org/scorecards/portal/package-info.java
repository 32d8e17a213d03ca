/**
 * The portal ({@code scorecards serve}): server-rendered pages and a JSON API under {@code /api} through which
 * focal points submit and see their findings. Web-only: its beans exist only in the web application.
 */
package org.scorecards.portal;
