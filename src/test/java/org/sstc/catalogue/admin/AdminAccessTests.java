package org.sstc.catalogue.admin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.contribution.PhotoProperties;
import org.sstc.catalogue.contribution.Photos;
import org.sstc.catalogue.contribution.SubmissionPhotos;
import org.sstc.catalogue.contribution.Submissions;
import org.sstc.catalogue.practice.PracticeBody;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which staff page and send which form: every page and POST, for anonymous,
 * contributor, editor and admin.
 */
@CatalogueTest
class AdminAccessTests extends StaffFixtures {

	long practiceId;

	/** A submission of the contributor's, submitted for review. */
	long submissionId;

	/** A draft of the contributor's, which only they see. */
	long draftId;

	@Autowired
	Submissions submissions;

	@Autowired
	SubmissionPhotos photos;

	@BeforeEach
	void createPractice() {
		this.practiceId = createPractice(admin(), "access-test-practice", 901, Map.of());
		Account contributor = ensureContributor();
		this.draftId = this.submissions.createDraft(contributor, PracticeBody.EMPTY).getId();
		long submitted = this.submissions
			.createDraft(contributor, PracticeBody.of((section) -> section.name().equals("title")
					? "Access test submission" : section.kind().isText() ? null : List.of()))
			.getId();
		// with a photo, so that its addresses answer those who may see it
		this.photos.replace(submitted, contributor, new Photos(PhotoProperties.defaults()).clean(jpeg()),
				"Access test photo", "A photo for the access tests");
		this.submissionId = this.submissions.submit(submitted, contributor).getId();
	}

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	List<String> editorPages() {
		return List.of("/admin", "/admin?q=labour&status=PUBLISHED", "/admin/practices/new",
				"/admin/practices/" + this.practiceId, "/admin/practices/" + this.practiceId + "/history",
				"/account/password", "/admin/export.zip", "/admin/export.zip?region=africa", "/admin/submissions",
				"/admin/submissions?status=SUBMITTED", "/admin/submissions/" + this.submissionId,
				"/admin/submissions/" + this.submissionId + "/photo");
	}

	List<String> adminOnlyPages() {
		return List.of("/admin/accounts", "/admin/accounts/invitations", "/admin/compendia", "/admin/compendia/new",
				"/admin/compendia/" + compendiumId(), "/admin/import");
	}

	long compendiumId() {
		return this.practices.findById(this.practiceId).orElseThrow().getCompendium().getId();
	}

	/** The review's steps; each is tried by people who may not take it. */
	List<String> reviewPosts() {
		String review = "/admin/submissions/" + this.submissionId;
		return List.of(review + "/comments", review + "/review", review + "/changes", review + "/decline",
				review + "/accept");
	}

	List<String> contributorPages() {
		return List.of("/contribute", "/contribute/submissions/new", "/contribute/submissions/" + this.draftId,
				"/contribute/submissions/" + this.submissionId,
				"/contribute/submissions/" + this.submissionId + "/photo", "/account/password");
	}

	List<String> contributorPosts() {
		return List.of("/contribute/submissions", "/contribute/submissions/" + this.draftId,
				"/contribute/submissions/" + this.draftId + "/photo",
				"/contribute/submissions/" + this.draftId + "/photo/delete", "/contribute/submissions/word");
	}

	List<String> editorPosts() {
		long id = this.practiceId;
		return List.of("/admin/practices/" + id + "/publish", "/admin/practices/" + id + "/unpublish",
				"/admin/practices/" + id + "/archive", "/admin/practices/" + id + "/unarchive");
	}

	List<String> adminOnlyPosts() {
		return List.of("/admin/accounts", "/admin/accounts/1/disable", "/admin/accounts/1/enable",
				"/admin/accounts/1/reset", "/admin/search/reindex", "/admin/accounts/invitations", "/admin/compendia",
				"/admin/compendia/" + compendiumId(), "/admin/import", "/admin/import/some-token");
	}

	@Test
	void anonymousPeopleAreSentToSignInForEveryPageAndEveryPost() {
		StaffBrowser anonymous = new StaffBrowser(this.port);
		for (String page : concat(editorPages(), adminOnlyPages(), contributorPages())) {
			StaffBrowser.Page response = anonymous.get(page);
			assertThat(response.status()).as(page).isEqualTo(302);
			assertThat(response.location()).as(page).endsWith("/login");
		}
		for (String post : concat(editorPosts(), adminOnlyPosts(), reviewPosts(), contributorPosts(),
				List.of("/admin/practices", "/admin/practices/" + this.practiceId, "/account/password"))) {
			StaffBrowser.Page response = anonymous.postWithToken(post, "/login");
			assertThat(response.status()).as(post).isEqualTo(302);
			assertThat(response.location()).as(post).endsWith("/login");
		}
	}

	@Test
	void contributorsReachTheirOwnPagesAndNoStaffPage() {
		StaffBrowser contributor = contributor();
		for (String page : contributorPages()) {
			assertThat(contributor.get(page).status()).as(page).isEqualTo(200);
		}
		for (String page : concat(editorPages(), adminOnlyPages())) {
			if (!contributorPages().contains(page)) {
				assertThat(contributor.get(page).status()).as(page).isEqualTo(403);
			}
		}
		for (String post : concat(editorPosts(), adminOnlyPosts(), reviewPosts(),
				List.of("/admin/practices", "/admin/practices/" + this.practiceId))) {
			assertThat(contributor.postWithToken(post, "/contribute").status()).as(post).isEqualTo(403);
		}
		String draft = "/contribute/submissions/" + this.draftId;
		StaffBrowser.Page saved = contributor.submit(contributor.get(draft), "form.submission-form", Map.of(),
				"action=save");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/contribute/submissions/" + this.draftId);
		assertThat(contributor.postWithToken("/contribute/submissions", "/contribute").status()).isEqualTo(302);
		assertThat(this.practices.findById(this.practiceId).orElseThrow().getStatus().name()).isEqualTo("DRAFT");
	}

	@Test
	void editorsEditPracticesButCannotManageAccounts() {
		StaffBrowser editor = editor();
		for (String page : editorPages()) {
			assertThat(editor.get(page).status()).as(page).isEqualTo(200);
		}
		for (String page : adminOnlyPages()) {
			assertThat(editor.get(page).status()).as(page).isEqualTo(403);
		}
		for (String page : contributorPages()) {
			if (!editorPages().contains(page)) {
				assertThat(editor.get(page).status()).as(page).isEqualTo(403);
			}
		}
		for (String post : contributorPosts()) {
			assertThat(editor.postWithToken(post, "/admin").status()).as(post).isEqualTo(403);
		}
		String review = "/admin/submissions/" + this.submissionId;
		StaffBrowser.Page commented = editor.postWithToken(review + "/comments", review);
		assertThat(commented.status()).isEqualTo(302);
		assertThat(commented.location()).endsWith(review);
		for (String post : editorPosts()) {
			StaffBrowser.Page response = editor.postWithToken(post, "/admin");
			assertThat(response.status()).as(post).isEqualTo(302);
			assertThat(response.location()).as(post).endsWith("/admin/practices/" + this.practiceId);
		}
		for (String post : adminOnlyPosts()) {
			assertThat(editor.postWithToken(post, "/admin").status()).as(post).isEqualTo(403);
		}
	}

	@Test
	void administratorsMayDoEverything() {
		StaffBrowser admin = admin();
		for (String page : concat(editorPages(), adminOnlyPages())) {
			assertThat(admin.get(page).status()).as(page).isEqualTo(200);
		}
		// the import's posts answer an administrator (here: nothing was uploaded)
		assertThat(admin.postWithToken("/admin/import", "/admin").status()).isEqualTo(400);
		assertThat(admin.postWithToken("/admin/import/some-token", "/admin").status()).isEqualTo(404);
		assertThat(admin.postWithToken("/admin/compendia/" + compendiumId(), "/admin").status())
			.as("the compendium form, sent empty, says what is missing")
			.isEqualTo(200);
		String review = "/admin/submissions/" + this.submissionId;
		assertThat(admin.postWithToken(review + "/review", review).status()).isEqualTo(302);
		assertThat(admin.postWithToken(review + "/decline", review).status()).isEqualTo(302);
		for (String post : editorPosts()) {
			assertThat(admin.postWithToken(post, "/admin").status()).as(post).isEqualTo(302);
		}
		StaffBrowser.Page reindexed = admin.postWithToken("/admin/search/reindex", "/admin");
		assertThat(reindexed.status()).isEqualTo(302);
		assertThat(admin.follow(reindexed).body()).contains("The search index was rebuilt");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		StaffBrowser admin = admin();
		long id = this.practiceId;
		for (String post : List.of("/admin/practices/" + id + "/publish", "/admin/search/reindex", "/admin/accounts",
				"/admin/practices/" + id, "/logout", "/admin/compendia", "/admin/compendia/" + compendiumId(),
				"/admin/import", "/admin/import/some-token", "/admin/accounts/invitations",
				"/admin/submissions/" + this.submissionId + "/review")) {
			assertThat(admin.post(post, Map.of()).status()).as(post).isEqualTo(403);
		}
		assertThat(this.practices.findById(id).orElseThrow().getStatus().name()).isEqualTo("DRAFT");
	}

	@Test
	void responsesCarryTheSecurityHeaders() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/"))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.contains("frame-ancestors 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	private static byte[] jpeg() {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
