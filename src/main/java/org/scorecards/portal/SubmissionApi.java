package org.scorecards.portal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import org.scorecards.submission.Account;
import org.scorecards.submission.SubmissionView;
import org.scorecards.submission.Submissions;
import org.scorecards.submission.UploadRefused;
import org.scorecards.validation.Finding;

/** The JSON API for scripts: what the focal point's page does, under the same rules. */
@RestController
@RequestMapping("/api/cycles/{year}/countries/{iso3}")
@ConditionalOnWebApplication
class SubmissionApi {

	/** A version as the API gives it. */
	record Version(int version, String status, String submittedAt, String submittedBy, int errors, int warnings,
			List<FileEntry> files, List<FindingEntry> findings) {

		static Version of(SubmissionView view) {
			return new Version(view.version(), view.status(), view.submittedAt().toString(), view.submittedBy(),
					view.errors(), view.warnings(),
					view.files().stream().map(f -> new FileEntry(f.name(), f.status(), f.sha256(), f.read(),
							f.accepted(), f.rejected(), f.uploadedIn())).toList(),
					view.findings().stream().map(FindingEntry::of).toList());
		}
	}

	record FileEntry(String name, String status, String sha256, Long read, Long accepted, Long rejected,
			Integer uploadedIn) {
	}

	record FindingEntry(String severity, String file, String location, String rule, String value, String message) {

		static FindingEntry of(Finding f) {
			return new FindingEntry(f.severity().label(), f.file(), f.location(), f.rule(), f.value(), f.message());
		}
	}

	record Problem(int status, String message) {
	}

	private final CountryAccess access;

	private final Submissions submissions;

	private final Downloads downloads;

	SubmissionApi(CountryAccess access, Submissions submissions, Downloads downloads) {
		this.access = access;
		this.submissions = submissions;
		this.downloads = downloads;
	}

	@PostMapping(path = "/submissions", consumes = "multipart/form-data")
	ResponseEntity<Version> submit(@PathVariable int year, @PathVariable String iso3,
			MultipartHttpServletRequest request, Authentication authentication) {
		Account account = access.check(authentication, iso3);
		SubmissionView view = submissions.submit(account, year, CountryAccess.code(iso3),
				Uploads.byPartName(request.getFileMap()));
		return ResponseEntity.status(HttpStatus.CREATED).body(Version.of(view));
	}

	@GetMapping("/submissions")
	List<Version> versions(@PathVariable int year, @PathVariable String iso3, Authentication authentication) {
		access.check(authentication, iso3);
		return submissions.versions(year, CountryAccess.code(iso3)).stream().map(Version::of).toList();
	}

	@GetMapping("/submissions/latest")
	Version latest(@PathVariable int year, @PathVariable String iso3, Authentication authentication) {
		access.check(authentication, iso3);
		return submissions.latest(year, CountryAccess.code(iso3))
			.map(Version::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/validation.xlsx")
	ResponseEntity<Resource> validationWorkbook(@PathVariable int year, @PathVariable String iso3,
			Authentication authentication) {
		Account account = access.check(authentication, iso3);
		return downloads.latestValidationWorkbook(account, year, CountryAccess.code(iso3));
	}

	@ExceptionHandler(UploadRefused.class)
	ResponseEntity<Problem> refused(UploadRefused ex) {
		return ResponseEntity.status(ex.status()).body(new Problem(ex.status(), ex.getMessage()));
	}

}
