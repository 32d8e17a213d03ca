package org.scorecards.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import org.scorecards.submission.Upload;

/** Uploaded parts as the submission service takes them; a part's name or its file name says its role. */
final class Uploads {

	private Uploads() {
	}

	/** The API's parts: each named after its file ({@code victims.csv}). */
	static List<Upload> byPartName(Map<String, MultipartFile> parts) {
		List<Upload> uploads = new ArrayList<>();
		parts.forEach((name, part) -> uploads.add(new Upload(name, part.getSize(), part::getInputStream)));
		return uploads;
	}

	/** The form's files: each named by the file the browser sent; empty inputs are left out. */
	static List<Upload> byFileName(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()) {
				uploads.add(new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream));
			}
		}
		return uploads;
	}
}
