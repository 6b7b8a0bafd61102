package org.sstc.catalogue.contribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.PracticeBody;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank template over HTTP, to anyone, as a download that Word (here POI) opens. */
@CatalogueTest
class TemplateDocumentDownloadTests {

	@LocalServerPort
	int port;

	@Test
	void anyoneDownloadsTheBlankTemplateAsAWordFile() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get("en");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(TemplateDocuments.MEDIA_TYPE);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"sstc-good-practice-template-en.docx\"");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(document.getTables()).hasSize(1);
			assertThat(document.getTables().get(0).getRows()).hasSize(PracticeBody.SECTIONS.size());
			assertThat(document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getText())
				.isEqualTo("Title");
		}
	}

	@Test
	void theTemplateIsInTheReadersLanguage() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get("fr");

		assertThat(response.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getText())
				.isEqualTo("Titre");
		}
	}

	private HttpResponse<byte[]> get(String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/contribute/template.docx"))
			.header("Accept-Language", language)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
