package org.sstc.catalogue.contribution;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The rules of contributions that need no application: the template's rows, the steps
 * each status allows, and notices that never fail the step they announce.
 */
@Tag("unit")
class ContributionRulesUnitTests {

	private static final ResourceBundleMessageSource MESSAGES = messages();

	@Test
	void theTemplateHasARowForEachTextSectionInTheBodysOrderWithItsGuidance() {
		assertThat(TemplateRow.ALL).extracting(TemplateRow::name)
			.containsExactlyElementsOf(PracticeBody.SECTIONS.stream()
				.filter((section) -> section.kind().isText())
				.map(PracticeSection::name)
				.toList());
		assertThat(TemplateRow.ALL).extracting(TemplateRow::name)
			.startsWith("title", "authors", "institutions", "countriesInvolved", "objectives")
			.endsWith("results", "contactDetails", "funding", "materials");
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
			for (TemplateRow row : TemplateRow.ALL) {
				assertThat(MESSAGES.getMessage(row.guidanceKey(), null, null, locale)).as(row.name() + " " + locale)
					.isNotBlank();
			}
		}
		assertThat(MESSAGES.getMessage("contribution.guidance.results", null, Locale.ENGLISH))
			.contains("Explain the main results");
		assertThat(TemplateRow.named("title").orElseThrow().isRequired()).isTrue();
		assertThat(TemplateRow.named("countries")).as("a structured list, not a row").isEmpty();
	}

	@Test
	void editorsMoveOnlySubmittedOrReviewedSubmissionsAndContributorsEditOnlyTheirs() {
		assertThat(SubmissionStatus.SUBMITTED.editorMoves()).containsExactlyInAnyOrder(SubmissionStatus.IN_REVIEW,
				SubmissionStatus.CHANGES_REQUESTED, SubmissionStatus.ACCEPTED, SubmissionStatus.DECLINED);
		assertThat(SubmissionStatus.IN_REVIEW.editorMoves()).containsExactlyInAnyOrder(
				SubmissionStatus.CHANGES_REQUESTED, SubmissionStatus.ACCEPTED, SubmissionStatus.DECLINED);
		for (SubmissionStatus status : EnumSet.of(SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED,
				SubmissionStatus.ACCEPTED, SubmissionStatus.DECLINED)) {
			assertThat(status.editorMoves()).as(status.name()).isEmpty();
		}
		assertThat(EnumSet.allOf(SubmissionStatus.class)).filteredOn(SubmissionStatus::isEditableByContributor)
			.containsExactlyInAnyOrder(SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED);
		assertThat(SubmissionStatus.DRAFT.isVisibleToEditors()).isFalse();
	}

	@Test
	void withoutAnSmtpServerANoticeIsLoggedAndAFailingServerDoesNotFailTheStep() {
		Notice notice = new Notice(List.of("someone@field.test"), "mail.accepted.subject", "mail.accepted.text",
				List.of("A practice", "Thank you"), "http://localhost:8080/contribute/submissions/1");
		ContributionProperties properties = new ContributionProperties(Duration.ofDays(7), "catalogue@sstc.test",
				List.of());
		StaticListableBeanFactory none = new StaticListableBeanFactory();
		assertThatCode(() -> new Notices(none.getBeanProvider(JavaMailSender.class), MESSAGES, properties).send(notice))
			.doesNotThrowAnyException();
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		// a port nothing listens on: the connection is refused at once
		unreachable.setPort(1);
		StaticListableBeanFactory failing = new StaticListableBeanFactory();
		failing.addBean("mailSender", unreachable);
		assertThatCode(
				() -> new Notices(failing.getBeanProvider(JavaMailSender.class), MESSAGES, properties).send(notice))
			.doesNotThrowAnyException();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
