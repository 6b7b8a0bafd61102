package org.sstc.catalogue.practice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A good practice as the compendium describes it. Text fields hold the compendium's full text as Markdown; lists of
 * values are stored as JSON. Region, countries and organisations are normalised from the source's words, which are
 * kept beside them ({@code regionAsWritten}, {@code countriesInvolved}); themes and modalities are editorial.
 */
@Entity
@EntityListeners(PracticeWriteListener.class)
@Audited
public class Practice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "compendium_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Compendium compendium;

	private int number;

	private String slug;

	@Enumerated(EnumType.STRING)
	private PracticeStatus status;

	private String heading;

	private String shortTitle;

	private String title;

	@Enumerated(EnumType.STRING)
	private Region region;

	private String regionAsWritten;

	private boolean regionInferred;

	private String authors;

	private String institutions;

	private String countriesInvolved;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<CountryRef> countries = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Organisation> organisations = new ArrayList<>();

	private String objectives;

	private String cooperation;

	private String peerLearning;

	private String innovation;

	private String sustainability;

	private String adaptability;

	private String results;

	private String contactDetails;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Contact> contacts = new ArrayList<>();

	private String funding;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<FundingSource> fundingSources = new ArrayList<>();

	private String materials;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<WebLink> links = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> imageCaptions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Theme> themes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Modality> modalities = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<PracticePart> parts = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> repairs = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "missing_fields")
	private List<String> missingFields = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected Practice() {
	}

	/** A new practice starts as a draft: nobody outside the staff sees it until it is published. */
	public static Practice draft(Compendium compendium, PracticeContent content) {
		Practice practice = new Practice();
		practice.compendium = compendium;
		practice.status = PracticeStatus.DRAFT;
		practice.apply(content);
		return practice;
	}

	/** Replaces everything the practice says with the given content; its status stays as it is. */
	public void apply(PracticeContent content) {
		this.number = content.number();
		this.slug = content.slug();
		this.heading = content.heading();
		this.shortTitle = content.shortTitle();
		this.title = content.title();
		this.region = content.region();
		this.regionAsWritten = content.regionAsWritten();
		this.regionInferred = content.regionInferred();
		this.authors = content.authors();
		this.institutions = content.institutions();
		this.countriesInvolved = content.countriesInvolved();
		this.countries = new ArrayList<>(content.countries());
		this.organisations = new ArrayList<>(content.organisations());
		this.objectives = content.objectives();
		this.cooperation = content.cooperation();
		this.peerLearning = content.peerLearning();
		this.innovation = content.innovation();
		this.sustainability = content.sustainability();
		this.adaptability = content.adaptability();
		this.results = content.results();
		this.contactDetails = content.contactDetails();
		this.contacts = new ArrayList<>(content.contacts());
		this.funding = content.funding();
		this.fundingSources = new ArrayList<>(content.fundingSources());
		this.materials = content.materials();
		this.links = new ArrayList<>(content.links());
		this.imageCaptions = new ArrayList<>(content.imageCaptions());
		this.themes = new ArrayList<>(content.themes());
		this.modalities = new ArrayList<>(content.modalities());
		this.parts = new ArrayList<>(content.parts());
		this.repairs = new ArrayList<>(content.repairs());
		this.missingFields = new ArrayList<>(content.missing());
	}

	/** Everything the practice says, as one value: what the admin form edits and the history compares. */
	public PracticeContent content() {
		return new PracticeContent(this.number, this.slug, this.heading, this.shortTitle, this.title, this.region,
				this.regionAsWritten, this.regionInferred, this.authors, this.institutions, this.countriesInvolved,
				this.countries, this.organisations, this.objectives, this.cooperation, this.peerLearning,
				this.innovation, this.sustainability, this.adaptability, this.results, this.contactDetails,
				this.contacts, this.funding, this.fundingSources, this.materials, this.links, this.imageCaptions,
				this.themes, this.modalities, this.parts, this.repairs, this.missingFields);
	}

	public void publish() {
		this.status = PracticeStatus.PUBLISHED;
	}

	/** Back to draft: off the public pages, still editable. */
	public void unpublish() {
		this.status = PracticeStatus.DRAFT;
	}

	public void archive() {
		this.status = PracticeStatus.ARCHIVED;
	}

	/** Out of the archive, as a draft to be published again explicitly. */
	public void unarchive() {
		this.status = PracticeStatus.DRAFT;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = now();
	}

	/** PostgreSQL keeps microseconds: the same instant in memory, in the database and in the search index. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** True when the compendium describes this practice in separate parts (each with its own fields). */
	public boolean hasParts() {
		return !this.parts.isEmpty();
	}

	/** The narrative fields in the compendium's order, as the detail page lists them. */
	public List<PracticeSection> sections() {
		return PracticeSection.of(this);
	}

	/** Countries of the practice and of its parts, each once. */
	public List<CountryRef> allCountries() {
		return Stream.concat(this.countries.stream(), this.parts.stream().flatMap((part) -> part.countries().stream()))
			.filter(distinctBy(CountryRef::code))
			.toList();
	}

	/** Organisations of the practice and of its parts, each once. */
	public List<Organisation> allOrganisations() {
		return Stream
			.concat(this.organisations.stream(), this.parts.stream().flatMap((part) -> part.organisations().stream()))
			.filter(distinctBy(Organisation::key))
			.toList();
	}

	private static <T> Predicate<T> distinctBy(Function<T, Object> key) {
		Set<Object> seen = new HashSet<>();
		return (item) -> seen.add(Objects.requireNonNull(key.apply(item)));
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Compendium getCompendium() {
		return this.compendium;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSlug() {
		return this.slug;
	}

	public PracticeStatus getStatus() {
		return this.status;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public String getTitle() {
		return this.title;
	}

	public Region getRegion() {
		return this.region;
	}

	public String getRegionAsWritten() {
		return this.regionAsWritten;
	}

	public boolean isRegionInferred() {
		return this.regionInferred;
	}

	public String getAuthors() {
		return this.authors;
	}

	public String getInstitutions() {
		return this.institutions;
	}

	public String getCountriesInvolved() {
		return this.countriesInvolved;
	}

	public List<CountryRef> getCountries() {
		return this.countries;
	}

	public List<Organisation> getOrganisations() {
		return this.organisations;
	}

	public String getObjectives() {
		return this.objectives;
	}

	public String getCooperation() {
		return this.cooperation;
	}

	public String getPeerLearning() {
		return this.peerLearning;
	}

	public String getInnovation() {
		return this.innovation;
	}

	public String getSustainability() {
		return this.sustainability;
	}

	public String getAdaptability() {
		return this.adaptability;
	}

	public String getResults() {
		return this.results;
	}

	public String getContactDetails() {
		return this.contactDetails;
	}

	public List<Contact> getContacts() {
		return this.contacts;
	}

	public String getFunding() {
		return this.funding;
	}

	public List<FundingSource> getFundingSources() {
		return this.fundingSources;
	}

	public String getMaterials() {
		return this.materials;
	}

	public List<WebLink> getLinks() {
		return this.links;
	}

	public List<String> getImageCaptions() {
		return this.imageCaptions;
	}

	public List<Theme> getThemes() {
		return this.themes;
	}

	public List<Modality> getModalities() {
		return this.modalities;
	}

	public List<PracticePart> getParts() {
		return this.parts;
	}

	public List<String> getRepairs() {
		return this.repairs;
	}

	public List<String> getMissingFields() {
		return this.missingFields;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
