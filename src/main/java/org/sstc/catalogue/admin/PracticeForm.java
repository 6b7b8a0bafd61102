package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The admin form for a practice: every field of the record, with repeatable rows for countries, organisations,
 * contacts, funding sources and links. The form is bound here, never to the entity; {@link PracticeForms} converts.
 * {@code baseVersion} is the version of the practice the person started editing from, to detect a colleague's save
 * in between.
 */
public class PracticeForm extends ContentForm {

	private Long baseVersion;
	private Integer number;
	private String slug;
	private String heading;
	private String shortTitle;
	private String region;
	private String regionAsWritten;
	private boolean regionInferred;
	private String imageCaptions;
	private List<String> themes = new ArrayList<>();
	private List<String> modalities = new ArrayList<>();
	private List<PartForm> parts = new ArrayList<>();
	private String repairs;
	private List<String> missing = new ArrayList<>();

	public Long getBaseVersion() {
		return this.baseVersion;
	}

	public void setBaseVersion(Long baseVersion) {
		this.baseVersion = baseVersion;
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
