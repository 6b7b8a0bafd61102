package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;

/**
 * The admin form for a practice: every field of the record, with repeatable rows for
 * countries, organisations, contacts, funding sources and links. The form is bound here,
 * never to the entity; {@link PracticeForms} converts. {@code baseVersion} is the version
 * of the practice the person started editing from, to detect a colleague's save in
 * between. The checks that need the database (a number or slug already taken) are
 * {@link PracticeFormValidator}'s.
 */
public class PracticeForm extends ContentForm {

	private Long baseVersion;

	/** The code of the compendium the practice is in; the latest when not given. */
	@Size(max = MAX_LINE, message = "{validation.tooLong}")
	private String compendium;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{validation.number}")
	@Max(value = 9999, message = "{validation.number}")
	private Integer number;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}")
	private String slug;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_LINE, message = "{validation.tooLong}")
	private String heading;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_LINE, message = "{validation.tooLong}")
	private String shortTitle;

	@NotBlank(message = "{validation.required}")
	@Vocabulary(Region.class)
	private String region;

	@Size(max = MAX_LINE, message = "{validation.tooLong}")
	private String regionAsWritten;

	private boolean regionInferred;

	@Size(max = MAX_TEXT, message = "{validation.tooLong}")
	private String imageCaptions;

	@NotEmpty(message = "{validation.theme}")
	@Vocabulary(Theme.class)
	private List<String> themes = new ArrayList<>();

	@Vocabulary(Modality.class)
	private List<String> modalities = new ArrayList<>();

	@Valid
	private List<PartForm> parts = new ArrayList<>();

	@Size(max = MAX_TEXT, message = "{validation.tooLong}")
	private String repairs;

	@NarrativeTexts
	private List<String> missing = new ArrayList<>();

	public Long getBaseVersion() {
		return this.baseVersion;
	}

	public void setBaseVersion(Long baseVersion) {
		this.baseVersion = baseVersion;
	}

	public String getCompendium() {
		return this.compendium;
	}

	public void setCompendium(String compendium) {
		this.compendium = compendium;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public void setShortTitle(String shortTitle) {
		this.shortTitle = shortTitle;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getRegionAsWritten() {
		return this.regionAsWritten;
	}

	public void setRegionAsWritten(String regionAsWritten) {
		this.regionAsWritten = regionAsWritten;
	}

	public boolean isRegionInferred() {
		return this.regionInferred;
	}

	public void setRegionInferred(boolean regionInferred) {
		this.regionInferred = regionInferred;
	}

	public String getImageCaptions() {
		return this.imageCaptions;
	}

	public void setImageCaptions(String imageCaptions) {
		this.imageCaptions = imageCaptions;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes;
	}

	public List<String> getModalities() {
		return this.modalities;
	}

	public void setModalities(List<String> modalities) {
		this.modalities = modalities;
	}

	public List<PartForm> getParts() {
		return this.parts;
	}

	public void setParts(List<PartForm> parts) {
		this.parts = parts;
	}

	public String getRepairs() {
		return this.repairs;
	}

	public void setRepairs(String repairs) {
		this.repairs = repairs;
	}

	public List<String> getMissing() {
		return this.missing;
	}

	public void setMissing(List<String> missing) {
		this.missing = missing;
	}

}
