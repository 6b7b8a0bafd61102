package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a practice and each of its parts share in the admin form: who wrote it, where, and the narrative with
 * its contacts, funding and links.
 */
public class ContentForm {

	private String authors;
	private String institutions;
	private String title;
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
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

}
