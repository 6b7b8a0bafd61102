package org.sstc.catalogue.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The photo form of a submission's page: the file (needed for a first photo; without one
 * the caption and alternative text of the photo kept are changed), its caption and its
 * alternative text, both required: a photo nobody can read about is no use in a
 * compendium.
 */
public class PhotoForm {

	private MultipartFile photo;

	@NotBlank(message = "{validation.required}")
	@Size(max = SubmissionPhotos.MAX_CAPTION, message = "{validation.tooLong}")
	private String caption;

	@NotBlank(message = "{validation.required}")
	@Size(max = SubmissionPhotos.MAX_ALT_TEXT, message = "{validation.tooLong}")
	private String altText;

	static PhotoForm of(SubmissionPhotoView photo) {
		PhotoForm form = new PhotoForm();
		if (photo != null) {
			form.setCaption(photo.caption());
			form.setAltText(photo.altText());
		}
		return form;
	}

	/** The file sent, or null when none was chosen. */
	MultipartFile file() {
		return (this.photo != null && !this.photo.isEmpty()) ? this.photo : null;
	}

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = (caption != null) ? caption.strip() : null;
	}

	public String getAltText() {
		return this.altText;
	}

	public void setAltText(String altText) {
		this.altText = (altText != null) ? altText.strip() : null;
	}

}
