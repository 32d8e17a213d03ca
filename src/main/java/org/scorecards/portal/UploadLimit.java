package org.scorecards.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.scorecards.submission.Submissions;
import org.scorecards.submission.SubmittedFile;

/**
 * Refuses an upload larger than the rule catalogue allows before its body is read or stored: a whole
 * submission is at most the workbook's limit plus four CSV files' limits. (Each file's own limit is checked
 * again as it streams to its place.)
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

	private final Submissions submissions;

	UploadLimit(Submissions submissions) {
		this.submissions = submissions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			long limit = submissions.limit(SubmittedFile.INDICATORS) + 4 * submissions.limit(SubmittedFile.VICTIMS)
					+ 64 * 1024;
			// A chunked upload states no length: the multipart parser's own limits stop it as it streams.
			long length = request.getContentLengthLong();
			if (length > limit) {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"an upload must stay within " + limit / (1024 * 1024) + " MB");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
