package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The admin form for a practice: every field of the record, with repeatable rows for countries, organisations,
 * contacts, funding sources and links. The form is bound here, never to the entity; {@link PracticeForms} converts.
 * {@code baseVersion} is the version of the practice the person started editing from, to detect a colleague's save
 * in between.
 */
public class PracticeForm {

	private Long baseVersion;
	private Integer number;
	private String slug;
	private String heading;
	private String shortTitle;
	private String title;
	private String region;
	private String regionAsWritten;
	private boolean regionInferred;
	private String authors;
	private String institutions;
	private String countriesInvolved;
	private List<CountryRow> countries = new ArrayList<>();
	private List<OrganisationRow> organisations = new ArrayList<>();
	private String objectives;
	private String cooperation;
	private String peerLearning;
	private String innovation;
	private String sustainability;
	private String adaptability;
	private String results;
	private String contactDetails;
	private List<ContactRow> contacts = new ArrayList<>();
	private String funding;
	private List<FundingRow> fundingSources = new ArrayList<>();
	private String materials;
	private List<LinkRow> links = new ArrayList<>();
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
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

	public String getAuthors() {
		return this.authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getInstitutions() {
		return this.institutions;
	}

	public void setInstitutions(String institutions) {
		this.institutions = institutions;
	}

	public String getCountriesInvolved() {
		return this.countriesInvolved;
	}

	public void setCountriesInvolved(String countriesInvolved) {
		this.countriesInvolved = countriesInvolved;
	}

	public List<CountryRow> getCountries() {
		return this.countries;
	}

	public void setCountries(List<CountryRow> countries) {
		this.countries = countries;
	}

	public List<OrganisationRow> getOrganisations() {
		return this.organisations;
	}

	public void setOrganisations(List<OrganisationRow> organisations) {
		this.organisations = organisations;
	}

	public String getObjectives() {
		return this.objectives;
	}

	public void setObjectives(String objectives) {
		this.objectives = objectives;
	}

	public String getCooperation() {
		return this.cooperation;
	}

	public void setCooperation(String cooperation) {
		this.cooperation = cooperation;
	}

	public String getPeerLearning() {
		return this.peerLearning;
	}

	public void setPeerLearning(String peerLearning) {
		this.peerLearning = peerLearning;
	}

	public String getInnovation() {
		return this.innovation;
	}

	public void setInnovation(String innovation) {
		this.innovation = innovation;
	}

	public String getSustainability() {
		return this.sustainability;
	}

	public void setSustainability(String sustainability) {
		this.sustainability = sustainability;
	}

	public String getAdaptability() {
		return this.adaptability;
	}

	public void setAdaptability(String adaptability) {
		this.adaptability = adaptability;
	}

	public String getResults() {
		return this.results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getContactDetails() {
		return this.contactDetails;
	}

	public void setContactDetails(String contactDetails) {
		this.contactDetails = contactDetails;
	}

	public List<ContactRow> getContacts() {
		return this.contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public String getFunding() {
		return this.funding;
	}

	public void setFunding(String funding) {
		this.funding = funding;
	}

	public List<FundingRow> getFundingSources() {
		return this.fundingSources;
	}

	public void setFundingSources(List<FundingRow> fundingSources) {
		this.fundingSources = fundingSources;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	public List<LinkRow> getLinks() {
		return this.links;
	}

	public void setLinks(List<LinkRow> links) {
		this.links = links;
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
