package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The blank template as a Word file, in the reader's language: public, since it is a
 * blank form and field offices pass it round before anyone has an account.
 */
@Controller
class TemplateDocumentController {

	private final TemplateDocuments documents;

	TemplateDocumentController(TemplateDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/contribute/template.docx")
	ResponseEntity<byte[]> blankTemplate(Locale locale) {
		byte[] docx = this.documents.blankTemplate(locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(TemplateDocuments.MEDIA_TYPE))
			.contentLength(docx.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("sstc-good-practice-template-" + locale.getLanguage() + ".docx")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(docx);
	}

}
