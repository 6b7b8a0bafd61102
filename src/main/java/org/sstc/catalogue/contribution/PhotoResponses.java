package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a contributed photo is served: as the type it was cleaned to, never sniffed
 * ({@code X-Content-Type-Options: nosniff}), shown inline under a plain file name, and
 * with a content security policy that lets nothing in it run or load
 * ({@code default-src 'none'}), should a browser ever take it for a document.
 */
public final class PhotoResponses {

	/** The policy of a photo's response: it may load nothing and run nothing. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

	private PhotoResponses() {
	}

	/** The photo, named {@code photo.jpg} or {@code photo.png}. */
	public static ResponseEntity<byte[]> ok(CleanPhoto photo) {
		return ok(photo, "photo");
	}

	/**
	 * The photo under a file name made from {@code name} (letters, digits, hyphens and
	 * underscores only, at most 60 of them) and the extension of its type.
	 */
	public static ResponseEntity<byte[]> ok(CleanPhoto photo, String name) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(photo.mediaType()));
		headers.setContentLength(photo.bytes().length);
		headers.setContentDisposition(
				ContentDisposition.inline().filename(safeName(name) + "." + photo.extension()).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.set("Cross-Origin-Resource-Policy", "same-origin");
		return ResponseEntity.ok().headers(headers).body(photo.bytes());
	}

	static String safeName(String name) {
		String safe = (name != null) ? name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-") : "";
		safe = safe.replaceAll("^-+|-+$", "");
		if (safe.length() > 60) {
			safe = safe.substring(0, 60);
		}
		return safe.isEmpty() ? "photo" : safe;
	}

}
