package org.sstc.catalogue.contribution;

import org.sstc.catalogue.admin.ContentForm;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * The online template, bound as the admin form binds a practice's text sections
 * ({@code text[results]}), so that a submission is checked by the same rules
 * ({@link org.sstc.catalogue.admin.ValidSections}: required sections, longest texts). The
 * structured lists stay empty. {@code baseVersion} is the version of the submission the
 * form was opened on, so that a save over a newer one is refused.
 */
public class SubmissionForm extends ContentForm {

	private Long baseVersion;

	static SubmissionForm of(PracticeBody body, long version) {
		SubmissionForm form = new SubmissionForm();
		for (TemplateRow row : TemplateRow.ALL) {
			form.getText().put(row.name(), row.text(PracticeBody.orEmpty(body)));
		}
		form.setBaseVersion(version);
		return form;
	}

	/**
	 * What the form says: one-line text trimmed, Markdown with its line ends made even.
	 */
	PracticeBody body() {
		return bodyOver(PracticeBody.EMPTY);
	}

	/**
	 * What the form says over what the submission said: the form has the text rows only,
	 * so the lists a Word file gave (countries, contacts, ...) are kept, not lost on the
	 * next save.
	 */
	PracticeBody bodyOver(PracticeBody earlier) {
		return PracticeBody.of((section) -> section.kind().isText() ? textOf(section) : section.value(earlier));
	}

	/** Whether the section's field was left empty. */
	boolean isBlank(PracticeSection section) {
		String value = getText().get(section.name());
		return value == null || value.isBlank();
	}

	public Long getBaseVersion() {
		return this.baseVersion;
	}

	public void setBaseVersion(Long baseVersion) {
		this.baseVersion = baseVersion;
	}

}
