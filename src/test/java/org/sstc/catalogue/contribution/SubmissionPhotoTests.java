package org.sstc.catalogue.contribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.admin.StaffBrowser;
import org.sstc.catalogue.admin.StaffBrowser.Download;
import org.sstc.catalogue.admin.StaffBrowser.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission's photo through the application, as its contributor and the editors use
 * it: a phone's JPEG with its GPS position is kept and served without it, with headers
 * that keep it inert; refusals re-show the page with why and keep nothing; only the owner
 * sends it, while the submission is theirs to edit; editors see it once it is submitted.
 */
@CatalogueTest
class SubmissionPhotoTests extends ContributionFixtures {

	private static final String FORM = "form.photo-form";

	@Test
	void aPhoneJpegIsKeptWithoutItsExifShownWithItsCaptionAndServedInert() throws IOException {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Submission draft = this.submissions.createDraft(owner, TestBodies.withTitle("Cotton cooperatives"));
		String page = "/contribute/submissions/" + draft.getId();
		byte[] fromPhone = PhotosTests.withExif(PhotosTests.jpeg(PhotosTests.image(64, 48, false)), 6);
		assertThat(PhotosTests.contains(fromPhone, PhotosTests.SECRET)).isTrue();

		Page sent = contributor
			.submitMultipart(
					contributor.get(page), FORM, Map.of("caption", "Weavers of the cooperative, Mwanza, 2025",
							"altText", "Three women at looms in a bright workshop"),
					"photo", "IMG_0042.jpg", fromPhone);

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith(page + "#photo");
		Page shown = contributor.follow(sent);
		assertThat(shown.body()).contains("The photo was added.");
		Element image = shown.document().selectFirst("figure.submission-photo img");
		assertThat(image).isNotNull();
		assertThat(image.attr("src")).isEqualTo(page + "/photo");
		assertThat(image.attr("alt")).isEqualTo("Three women at looms in a bright workshop");
		// turned upright as the phone said: the sides swap
		assertThat(image.attr("width")).isEqualTo("48");
		assertThat(image.attr("height")).isEqualTo("64");
		assertThat(shown.document().select("figure.submission-photo figcaption").text())
			.isEqualTo("Weavers of the cooperative, Mwanza, 2025");

		Download served = contributor.download(page + "/photo");
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.contentType()).isEqualTo("image/jpeg");
		assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.header("Content-Security-Policy")).isEqualTo(PhotoResponses.CONTENT_SECURITY_POLICY);
		assertThat(served.disposition()).isEqualTo("inline; filename=\"submission-" + draft.getId() + ".jpg\"");
		assertThat(PhotosTests.contains(served.body(), "Exif")).isFalse();
		assertThat(PhotosTests.contains(served.body(), PhotosTests.SECRET)).isFalse();
		assertThat(PhotosTests.segments(served.body())).doesNotContain(0xE1);
		assertThat(ImageIO.read(new ByteArrayInputStream(served.body())).getWidth()).isEqualTo(48);
		// what is kept is the clean photo, not the upload
		assertThat(storedBytes(draft)).isEqualTo(served.body());

		// the editors see it once it is submitted, with its caption, at their own address
		this.submissions.submit(draft.getId(), owner);
		StaffBrowser editor = editor();
		String review = "/admin/submissions/" + draft.getId();
		Page reviewPage = editor.get(review);
		assertThat(reviewPage.document().select("figure.submission-photo img").attr("src"))
			.isEqualTo(review + "/photo");
		assertThat(reviewPage.document().select("figure.submission-photo img").attr("alt"))
			.isEqualTo("Three women at looms in a bright workshop");
		assertThat(reviewPage.document().select("figure.submission-photo figcaption").text())
			.isEqualTo("Weavers of the cooperative, Mwanza, 2025");
		Download forEditor = editor.download(review + "/photo");
		assertThat(forEditor.status()).isEqualTo(200);
		assertThat(forEditor.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(forEditor.body()).isEqualTo(served.body());
		// a contributor never reaches the staff address, not even for their own photo
		assertThat(contributor.download(review + "/photo").status()).isEqualTo(403);
		// and once submitted, the photo is no longer theirs to change
		assertThat(contributor
			.post(page + "/photo/delete", Map.of("_csrf", java.util.List.of(csrf(contributor, "/contribute"))))
			.status()).isEqualTo(409);
		assertThat(contributor
			.multipart(page + "/photo?_csrf=" + csrf(contributor, "/contribute"),
					Map.of("caption", "x", "altText", "y"), "photo", "late.jpg", fromPhone)
			.status()).isEqualTo(409);
		assertThat(storedBytes(draft)).isEqualTo(served.body());
	}

	@Test
	void aRefusedPhotoReShowsThePageWithWhyAndKeepsNothing() {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Submission draft = this.submissions.createDraft(owner, TestBodies.withTitle("Refusals"));
		String page = "/contribute/submissions/" + draft.getId();

		Page text = contributor.submitMultipart(contributor.get(page), FORM,
				Map.of("caption", "A caption", "altText", "An alternative text"), "photo", "holiday.jpg",
				"Not a photo at all, whatever its name says.\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.document().select("#photo-file-error").text()).contains("not a JPEG or PNG");
		assertThat(text.document().select(".alert.error").first().text()).contains("The photo was not kept");
		assertThat(text.document().select("#photo-error-summary a[href=#photo-file]")).hasSize(1);
		assertThat(text.document().select("#photo-file").attr("aria-describedby")).contains("photo-file-error");
		// what was typed stays in the form
		assertThat(text.document().select("#photo-caption").val()).isEqualTo("A caption");
		assertThat(stored(draft)).isZero();

		Page noAltText = contributor.submitMultipart(contributor.get(page), FORM,
				Map.of("caption", "A caption", "altText", "  "), "photo", "photo.jpg", photo());
		assertThat(noAltText.status()).isEqualTo(400);
		assertThat(noAltText.document().select("#photo-alt-error").text()).isEqualTo("Required.");
		assertThat(noAltText.document().select("#photo-alt").attr("aria-invalid")).isEqualTo("true");
		assertThat(noAltText.document().select("#photo-error-summary a[href=#photo-alt]")).hasSize(1);
		assertThat(stored(draft)).isZero();

		Page longCaption = contributor.submitMultipart(contributor.get(page), FORM,
				Map.of("caption", "x".repeat(301), "altText", "An alternative text"), "photo", "photo.jpg", photo());
		assertThat(longCaption.status()).isEqualTo(400);
		assertThat(longCaption.document().select("#photo-caption-error").text()).contains("300");

		Page noFile = contributor.submitMultipart(contributor.get(page), FORM,
				Map.of("caption", "A caption", "altText", "An alternative text"), "photo", null, null);
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.document().select("#photo-file-error").text()).isEqualTo("Choose a JPEG or PNG photo.");
		assertThat(stored(draft)).isZero();
	}

	@Test
	void aPhotoIsReplacedDescribedAgainAndRemoved() throws IOException {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Submission draft = this.submissions.createDraft(owner, TestBodies.withTitle("Replacements"));
		String page = "/contribute/submissions/" + draft.getId();
		assertThat(contributor.download(page + "/photo").status()).isEqualTo(404);
		assertThat(contributor
			.submitMultipart(contributor.get(page), FORM, Map.of("caption", "First", "altText", "The first photo"),
					"photo", "first.jpg", photo())
			.status()).isEqualTo(302);
		byte[] first = storedBytes(draft);

		Page replaced = contributor.submitMultipart(contributor.get(page), FORM,
				Map.of("caption", "Second", "altText", "The second photo"), "photo", "second.png",
				PhotosTests.png(PhotosTests.image(30, 20, true)));
		assertThat(replaced.status()).isEqualTo(302);
		assertThat(contributor.follow(replaced).body()).contains("The photo was replaced.");
		assertThat(stored(draft)).isEqualTo(1);
		Download second = contributor.download(page + "/photo");
		assertThat(second.contentType()).isEqualTo("image/png");
		assertThat(second.body()).isNotEqualTo(first);

		// no file: the photo stays, its words change
		Page form = contributor.get(page);
		assertThat(form.document().select("#photo-caption").val()).isEqualTo("Second");
		Page described = contributor.submitMultipart(form, FORM, Map.of("caption", "Third words"), "photo", null, null);
		assertThat(described.status()).isEqualTo(302);
		Page shown = contributor.follow(described);
		assertThat(shown.document().select("figure.submission-photo figcaption").text()).isEqualTo("Third words");
		assertThat(storedBytes(draft)).isEqualTo(second.body());

		Page removed = contributor.submit(shown, "form.photo-remove", Map.of(), null);
		assertThat(removed.status()).isEqualTo(302);
		assertThat(contributor.follow(removed).document().select("figure.submission-photo")).isEmpty();
		assertThat(stored(draft)).isZero();
		assertThat(contributor.download(page + "/photo").status()).isEqualTo(404);
	}

	@Test
	void onlyTheOwnerReachesThePhotoOfTheirSubmissionAndFormsNeedTheirToken() {
		Account ana = newContributor();
		Account ben = newContributor();
		Submission anas = this.submissions.createDraft(ana, TestBodies.withTitle("Ana's photo"));
		String page = "/contribute/submissions/" + anas.getId();
		StaffBrowser anaAtTheBrowser = signedIn(ana);
		assertThat(anaAtTheBrowser
			.submitMultipart(anaAtTheBrowser.get(page), FORM, Map.of("caption", "Ana", "altText", "Ana's photo"),
					"photo", "ana.jpg", photo())
			.status()).isEqualTo(302);
		byte[] anasPhoto = storedBytes(anas);

		StaffBrowser benAtTheBrowser = signedIn(ben);
		String bensToken = csrf(benAtTheBrowser, "/contribute");
		assertThat(benAtTheBrowser.download(page + "/photo").status()).isEqualTo(404);
		assertThat(benAtTheBrowser
			.multipart(page + "/photo?_csrf=" + bensToken, Map.of("caption", "Ben", "altText", "Ben's photo"), "photo",
					"ben.jpg", photo())
			.status()).isEqualTo(404);
		assertThat(benAtTheBrowser.post(page + "/photo/delete", Map.of("_csrf", java.util.List.of(bensToken))).status())
			.isEqualTo(404);
		// a draft is its owner's alone, editors included
		assertThat(editor().download("/admin/submissions/" + anas.getId() + "/photo").status()).isEqualTo(404);

		StaffBrowser anonymous = new StaffBrowser(this.port);
		for (String path : java.util.List.of(page + "/photo", "/admin/submissions/" + anas.getId() + "/photo")) {
			Download response = anonymous.download(path);
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.header("Location")).as(path).endsWith("/login");
		}

		// without the CSRF token, nothing is changed
		assertThat(anaAtTheBrowser
			.multipart(page + "/photo", Map.of("caption", "No token", "altText", "No token"), "photo", "x.jpg", photo())
			.status()).isEqualTo(403);
		assertThat(anaAtTheBrowser.post(page + "/photo/delete", Map.of()).status()).isEqualTo(403);
		assertThat(storedBytes(anas)).isEqualTo(anasPhoto);
		assertThat(this.jdbc.sql("select caption from submission_photo where submission_id = ?")
			.param(anas.getId())
			.query(String.class)
			.single()).isEqualTo("Ana");
	}

	private static byte[] photo() {
		try {
			return PhotosTests.jpeg(PhotosTests.image(40, 30, false));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private long stored(Submission submission) {
		return this.jdbc.sql("select count(*) from submission_photo where submission_id = ?")
			.param(submission.getId())
			.query(Long.class)
			.single();
	}

	private byte[] storedBytes(Submission submission) {
		return this.jdbc.sql("select content from submission_photo where submission_id = ?")
			.param(submission.getId())
			.query(byte[].class)
			.single();
	}

	private static String csrf(StaffBrowser browser, String page) {
		return browser.get(page).document().select("input[name=_csrf]").attr("value");
	}

}
