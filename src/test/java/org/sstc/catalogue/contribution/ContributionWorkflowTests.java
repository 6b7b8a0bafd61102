package org.sstc.catalogue.contribution;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.StaffBrowser;
import org.sstc.catalogue.admin.StaffBrowser.Page;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of a contribution over HTTP, as the people involved walk it: an
 * administrator invites a contributor, who accepts the invitation, drafts and submits a
 * practice; an editor asks for changes on one row, the contributor answers, and the
 * editor accepts it into a compendium, where search and the API find it. Each step's
 * e-mail arrives at the SMTP server with its link.
 */
@CatalogueTest
class ContributionWorkflowTests extends ContributionFixtures {

	private static final String NEW_EDITION = "compendium-2024-2025";

	private static final String SLUG = "zanzibar-quilting-cooperatives-share-their-methods";

	@Autowired
	CompendiumRepository compendia;

	@Autowired
	PracticeRepository practices;

	/**
	 * The practice and the edition this test publishes go again, so that the other tests
	 * of the same database still see the 30 practices of one compendium.
	 */
	@AfterEach
	void removeWhatWasPublished() {
		this.practices.findBySlug(SLUG).ifPresent(this.practices::delete);
		this.jdbc.sql("delete from submission where compendium_id in (select id from compendium where code = ?)")
			.param(NEW_EDITION)
			.update();
		this.compendia.findByCode(NEW_EDITION).ifPresent(this.compendia::delete);
	}

	@Test
	void aContributionGoesFromInvitationToPublishedPractice() {
		// the administrator invites
		StaffBrowser admin = admin();
		Page invitations = admin.get("/admin/accounts/invitations");
		assertThat(invitations.status()).isEqualTo(200);
		Page invited = admin.submit(invitations, "form[action$=/admin/accounts/invitations]",
				Map.of("name", "Ama Mensah", "email", "ama.mensah@field.test"), null);
		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		assertThat(admin.follow(invited).body()).contains("ama.mensah@field.test");
		MimeMessage invitation = mailTo("ama.mensah@field.test", "Invitation");
		String invitationLink = link(invitation);
		assertThat(path(invitationLink)).startsWith("/invitations/");

		// the invitee chooses a username and password, then signs in
		StaffBrowser contributor = new StaffBrowser(this.port);
		Page join = contributor.get(path(invitationLink));
		assertThat(join.status()).isEqualTo(200);
		assertThat(join.body()).contains("Ama Mensah");
		Page joined = contributor.submit(join, "form[action*=/invitations/]",
				Map.of("username", "ama", "password", PASSWORD, "confirmation", PASSWORD), null);
		assertThat(joined.status()).as(joined.body()).isEqualTo(302);
		assertThat(joined.location()).endsWith("/login?invited");
		Page signedIn = contributor.signIn("ama", PASSWORD);
		assertThat(signedIn.location()).endsWith("/contribute");
		assertThat(contributor.get("/contribute").status()).isEqualTo(200);

		// a draft needs nothing; submitting needs the title
		Page form = contributor.get("/contribute/submissions/new");
		assertThat(form.body()).contains("Explain the main results");
		Page saved = contributor.submit(form, "form.submission-form",
				Map.of("text[results]", "Two ministries agreed a plan."), "action=save");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		String submissionPath = saved.location().replaceAll("^https?://[^/]+", "");
		assertThat(submissionPath).matches("/contribute/submissions/\\d+");
		long id = Long.parseLong(submissionPath.replaceAll(".*/", ""));
		Page draft = contributor.get(submissionPath);
		assertThat(draft.body()).contains("Two ministries agreed a plan.").contains("Draft");
		Page incomplete = contributor.submit(draft, "form.submission-form", Map.of(), "action=submit");
		assertThat(incomplete.status()).isEqualTo(200);
		assertThat(incomplete.document().select("#title-error").text()).isEqualTo("Required.");
		assertThat(incomplete.document().select("#error-summary a[href=#title]")).hasSize(1);
		Page submitted = contributor.submit(incomplete, "form.submission-form",
				Map.of("text[title]", "Zanzibar quilting cooperatives share their methods"), "action=submit");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
		assertThat(contributor.get(submissionPath).body()).contains("Submitted");
		MimeMessage toEditors = mailTo(EDITORS_ADDRESS, "New submission");
		assertThat(path(link(toEditors))).isEqualTo("/admin/submissions/" + id);

		// the editor reviews and asks for changes on one row
		StaffBrowser editor = editor();
		Page queue = editor.get("/admin/submissions?status=SUBMITTED");
		assertThat(queue.body()).contains("Zanzibar quilting cooperatives share their methods");
		String review = "/admin/submissions/" + id;
		Page reviewPage = editor.get(review);
		assertThat(reviewPage.status()).isEqualTo(200);
		assertThat(editor.submit(reviewPage, "form.review-start", Map.of(), null).status()).isEqualTo(302);
		Page commented = editor.submit(editor.get(review), "form.comment-form",
				Map.of("field", "results", "text", "Say how many workers took part."), null);
		assertThat(commented.status()).isEqualTo(302);
		Page changes = editor.submit(editor.get(review), "form.review-changes",
				Map.of("comment", "Almost there: see the comment on the results."), null);
		assertThat(changes.status()).isEqualTo(302);
		MimeMessage changesMail = mailTo("ama.mensah@field.test", "Changes requested");
		assertThat(path(link(changesMail))).isEqualTo(submissionPath);
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(changesMail))
			.contains("Almost there: see the comment on the results.");

		// the contributor sees the comments and answers
		Page answer = contributor.get(submissionPath);
		assertThat(answer.body()).contains("Changes requested")
			.contains("Say how many workers took part.")
			.contains("Almost there: see the comment on the results.");
		assertThat(answer.document().select("#results").attr("aria-describedby")).contains("results-comments");
		Page resubmitted = contributor.submit(answer, "form.submission-form",
				Map.of("text[results]", "Two ministries agreed a plan; 240 quilters took part."), "action=submit");
		assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(302);
		await("the second notice to the editors", () -> countTo(EDITORS_ADDRESS, "New submission") >= 2);

		// an administrator opens the next edition, and the editor accepts it into it
		Page opened = admin
			.submit(admin.get("/admin/compendia/new"), "form.compendium-form",
					Map.of("code", NEW_EDITION, "title", "South-South good practices 2024-2025", "biennium",
							"2024-2025", "publisher", "International Labour Organization", "preface", "The next one."),
					"action=save");
		assertThat(opened.status()).as(opened.body()).isEqualTo(302);
		long compendium = this.compendia.findByCode(NEW_EDITION).orElseThrow().getId();
		Page accepted = editor.submit(editor.get(review), "form.review-accept", Map.of("compendium",
				String.valueOf(compendium), "region", "africa", "themes", "social-dialogue", "comment", "Thank you!"),
				null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
		MimeMessage acceptedMail = mailTo("ama.mensah@field.test", "Accepted");
		assertThat(path(link(acceptedMail))).isEqualTo(submissionPath);
		assertThat(contributor.get(submissionPath).body()).contains("Accepted");
		Page history = editor.get(review);
		assertThat(history.document().select("#history ~ table tbody tr")).hasSize(6);

		// the practice is published: search and the API find it
		CatalogueClient.Response search = this.client.get("/api/practices?q=quilting", "application/json");
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.body()).contains("Zanzibar quilting cooperatives share their methods");
		String slug = SLUG;
		assertThat(this.client.get("/api/practices/" + slug, "application/json").body()).contains("240 quilters");
		assertThat(this.client.get("/practices/" + slug).body()).contains("South-South good practices 2024-2025");
		assertThat(this.client.get("/api/practices?compendium=" + NEW_EDITION, "application/json")
			.json()
			.get("total")
			.asLong()).as("the new edition's only practice").isEqualTo(1);
	}

	private static long countTo(String address, String subjectStart) {
		return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter((message) -> {
			try {
				return message.getSubject().startsWith(subjectStart)
						&& java.util.Arrays.stream(message.getAllRecipients())
							.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
		org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(10)).until(condition);
	}

}
