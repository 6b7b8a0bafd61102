package org.sstc.catalogue.contribution;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.admin.StaffBrowser;
import org.sstc.catalogue.admin.StaffBrowser.Page;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeContent;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contributor sends a filled Word template: it becomes a draft holding every row of the
 * file, which later saves of the online form keep; a file the catalogue refuses changes
 * nothing and the page says why.
 */
@CatalogueTest
class TemplateUploadTests extends ContributionFixtures {

	private static final String UPLOAD = "/contribute/submissions/word";

	@Autowired
	TemplateDocuments documents;

	@Test
	void aFilledTemplateBecomesADraftWithEveryRowInItsField() throws IOException {
		PracticeContent record = CuratedRecords.read("compendium-2022-2023").practices().get(6);
		byte[] filled = TemplateDocumentsTests.fill(this.documents.blankTemplate(Locale.ENGLISH), record.body(),
				Locale.ENGLISH);
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		String token = contributor.get("/contribute").document().select("form[action*=_csrf]").attr("action");

		Page sent = contributor.upload(token, "file", "good-practice.docx", filled);
		assertThat(sent.status()).isEqualTo(302);
		Submission draft = this.submissions.ownedBy(owner).get(0);
		assertThat(sent.location()).endsWith("/contribute/submissions/" + draft.getId());
		assertThat(draft.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
		for (var section : PracticeBody.SECTIONS) {
			assertThat(section.value(draft.getBody())).as(section.name()).isEqualTo(section.value(record.body()));
		}
		assertThat(contributor.get(sent.location()).body()).contains("The Word file was read into this draft");

		// the online form has the text rows only: a save keeps the lists the file gave
		Page saved = contributor.submit(contributor.get(sent.location()), "form.submission-form",
				Map.of("text[results]", "Results, revised online."), null);
		assertThat(saved.status()).isEqualTo(302);
		PracticeBody revised = this.submissions.ownedBy(draft.getId(), owner).getBody();
		assertThat(revised.results()).isEqualTo("Results, revised online.");
		assertThat(revised.countries()).isEqualTo(record.body().countries()).isNotEmpty();
		assertThat(revised.organisations()).isEqualTo(record.body().organisations());
	}

	@Test
	void aFileThatIsNoWordTemplateIsRefusedWithItsReasonAndNothingChanges() {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		String token = contributor.get("/contribute").document().select("form[action*=_csrf]").attr("action");

		Page notWord = contributor.upload(token, "file", "photo.docx", "just some text".getBytes());
		assertThat(notWord.status()).isEqualTo(415);
		assertThat(notWord.document().select("#word-refusal").text()).contains("not a Word document");
		assertThat(notWord.document().select("#word-file").attr("aria-invalid")).isEqualTo("true");

		Page empty = contributor.upload(token, "file", "empty.docx", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.document().select("#word-refusal").text()).contains("Choose the Word file");

		assertThat(this.submissions.ownedBy(owner)).isEmpty();
		assertThat(editor().upload(token, "file", "x.docx", new byte[] { 1 }).status()).isEqualTo(403);
	}

}
