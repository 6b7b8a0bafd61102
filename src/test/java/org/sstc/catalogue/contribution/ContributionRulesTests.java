package org.sstc.catalogue.contribution;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.account.Account;
import org.sstc.catalogue.account.Role;
import org.sstc.catalogue.admin.StaffBrowser;
import org.sstc.catalogue.admin.StaffBrowser.Page;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What contributions refuse: another contributor's submission (not found, so that ids
 * tell nothing), invitation links that are unknown, expired or used, steps the status
 * does not allow, a save over a newer version, and forms without their CSRF token.
 */
@CatalogueTest
class ContributionRulesTests extends ContributionFixtures {

	@Autowired
	Invitations invitations;

	@Test
	void contributorsReachOnlyTheirOwnSubmissions() {
		Account ana = newContributor();
		Account ben = newContributor();
		Submission anas = this.submissions.createDraft(ana, TestBodies.withTitle("Ana private draft"));
		StaffBrowser benAtTheBrowser = signedIn(ben);
		String anasPage = "/contribute/submissions/" + anas.getId();
		assertThat(benAtTheBrowser.get(anasPage).status()).isEqualTo(404);
		assertThat(benAtTheBrowser.postWithToken(anasPage, "/contribute").status()).isEqualTo(404);
		assertThat(benAtTheBrowser.get("/contribute").body()).doesNotContain("Ana private draft");
		assertThat(signedIn(ana).get("/contribute").body()).contains("Ana private draft");
		assertThat(signedIn(ana).get(anasPage).status()).isEqualTo(200);
		// a draft is its owner's alone, editors included
		assertThat(editor().get("/admin/submissions/" + anas.getId()).status()).isEqualTo(404);
		// and contributors never reach the staff area
		for (String staffPage : List.of("/admin", "/admin/submissions", "/admin/submissions/" + anas.getId(),
				"/admin/accounts", "/admin/accounts/invitations")) {
			assertThat(benAtTheBrowser.get(staffPage).status()).as(staffPage).isEqualTo(403);
		}
	}

	@Test
	void contributorsChangeTheirOwnPassword() {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Page form = contributor.get("/account/password");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("nav.staff-nav a[href=/admin]")).isEmpty();
		Page changed = contributor.submit(form, "form[action$=/account/password]", Map.of("currentPassword", PASSWORD,
				"newPassword", "another-password-for-tests", "confirmation", "another-password-for-tests"), null);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(changed.location()).endsWith("/contribute");
		assertThat(StaffBrowser.signedIn(this.port, owner.getUsername(), "another-password-for-tests")
			.get("/contribute")
			.status()).isEqualTo(200);
	}

	@Test
	void anInvitationLinkWorksOnceAndUntilItExpires() {
		Invitations.Invited used = this.invitations.invite("Once Only", "once@field.test", ADMIN);
		String usedPath = path(used.link());
		StaffBrowser invitee = new StaffBrowser(this.port);
		Page tooShort = invitee.submit(invitee.get(usedPath), "form[action*=/invitations/]",
				Map.of("username", "once-only", "password", "short", "confirmation", "short"), null);
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.document().select("#join-password-error").text()).contains("12");
		Page joined = invitee.submit(invitee.get(usedPath), "form[action*=/invitations/]",
				Map.of("username", "once-only", "password", PASSWORD, "confirmation", PASSWORD), null);
		assertThat(joined.status()).isEqualTo(302);
		assertThat(this.accounts.find("once-only").orElseThrow().getRole()).isEqualTo(Role.CONTRIBUTOR);
		Page again = new StaffBrowser(this.port).get(usedPath);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("This invitation was already used");
		StaffBrowser second = new StaffBrowser(this.port);
		String token = second.get("/login").document().select("input[name=_csrf]").attr("value");
		Page reused = second.post(usedPath, Map.of("_csrf", List.of(token), "username", List.of("once-again"),
				"password", List.of(PASSWORD), "confirmation", List.of(PASSWORD)));
		assertThat(reused.status()).isEqualTo(410);
		assertThat(this.accounts.exists("once-again")).isFalse();

		Invitations.Invited expired = this.invitations.invite("Too Late", "late@field.test", ADMIN);
		this.jdbc.sql("update contributor_invitation set expires_at = now() - interval '1 minute' where email = ?")
			.param("late@field.test")
			.update();
		Page late = new StaffBrowser(this.port).get(path(expired.link()));
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.body()).contains("This invitation has expired");

		Page unknown = new StaffBrowser(this.port).get("/invitations/not-a-token-anyone-was-given");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("This invitation does not exist");
	}

	@Test
	void theInvitationMailCarriesTheLink() {
		Invitations.Invited invited = this.invitations.invite("Mail Check", "mail.check@field.test", ADMIN);
		assertThat(link(mailTo("mail.check@field.test", "Invitation"))).isEqualTo(invited.link());
		// only a hash of the token is kept
		String token = invited.link().replaceAll(".*/", "");
		assertThat(this.jdbc.sql("select count(*) from contributor_invitation where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void stepsTheStatusDoesNotAllowAreRefusedWithAMessage() {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Submission submission = submitted(owner, "A practice for the rules");
		String page = "/contribute/submissions/" + submission.getId();
		Page edit = contributor.postWithToken(page, "/contribute");
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.body()).contains("cannot be changed in its current status");

		StaffBrowser editor = editor();
		String review = "/admin/submissions/" + submission.getId();
		assertThat(editor.postWithToken(review + "/review", review).status()).isEqualTo(302);
		Page twice = editor.postWithToken(review + "/review", review);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("does not allow this step");

		Page noRegion = editor.post(review + "/accept",
				Map.of("_csrf", List.of(csrf(editor, review)), "compendium", List.of("1")));
		assertThat(noRegion.status()).isEqualTo(302);
		assertThat(editor.follow(noRegion).body()).contains("choose a compendium, a region and at least one theme");
		Page unknownField = editor.post(review + "/comments", Map.of("_csrf", List.of(csrf(editor, review)), "field",
				List.of("favouriteColour"), "text", List.of("?")));
		assertThat(unknownField.status()).isEqualTo(400);

		assertThat(editor.postWithToken(review + "/decline", review).status()).isEqualTo(302);
		Page acceptDeclined = editor.post(review + "/accept", Map.of("_csrf", List.of(csrf(editor, review)),
				"compendium", List.of("1"), "region", List.of("africa"), "themes", List.of("social-dialogue")));
		assertThat(acceptDeclined.status()).isEqualTo(409);
		assertThat(this.submissions.forReview(submission.getId()).getStatus()).isEqualTo(SubmissionStatus.DECLINED);
	}

	@Test
	void aSaveOverANewerVersionIsRefused() {
		Account owner = newContributor();
		StaffBrowser contributor = signedIn(owner);
		Submission draft = this.submissions.createDraft(owner, TestBodies.withTitle("Two tabs"));
		String page = "/contribute/submissions/" + draft.getId();
		Page firstTab = contributor.get(page);
		Page secondTab = contributor.get(page);
		assertThat(contributor.submit(firstTab, "form.submission-form", Map.of("text[title]", "First"), "action=save")
			.status()).isEqualTo(302);
		Page stale = contributor.submit(secondTab, "form.submission-form", Map.of("text[title]", "Second"),
				"action=save");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.submissions.ownedBy(draft.getId(), owner).getBody().title()).isEqualTo("First");
	}

	@Test
	void everyFormNeedsItsCsrfToken() {
		Account owner = newContributor();
		Submission submission = submitted(owner, "A practice for CSRF");
		Invitations.Invited invited = this.invitations.invite("Csrf Check", "csrf@field.test", ADMIN);
		String review = "/admin/submissions/" + submission.getId();
		StaffBrowser admin = admin();
		for (String post : List.of("/admin/accounts/invitations", review + "/comments", review + "/review",
				review + "/changes", review + "/decline", review + "/accept")) {
			assertThat(
					admin
						.post(post,
								Map.of("text", List.of("x"), "name", List.of("x"), "email", List.of("x@y.test"),
										"comment", List.of("x")))
						.status())
				.as(post)
				.isEqualTo(403);
		}
		StaffBrowser contributor = signedIn(owner);
		for (String post : List.of("/contribute/submissions", "/contribute/submissions/" + submission.getId())) {
			assertThat(contributor.post(post, Map.of("text[title]", List.of("x"))).status()).as(post).isEqualTo(403);
		}
		assertThat(new StaffBrowser(this.port)
			.post(path(invited.link()), Map.of("username", List.of("csrf-check"), "password", List.of(PASSWORD),
					"confirmation", List.of(PASSWORD)))
			.status()).isEqualTo(403);
		assertThat(this.accounts.exists("csrf-check")).isFalse();
		assertThat(this.submissions.forReview(submission.getId()).getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(this.submissions.comments(submission.getId())).isEmpty();
	}

	private static String csrf(StaffBrowser browser, String page) {
		return browser.get(page).document().select("input[name=_csrf]").attr("value");
	}

}
