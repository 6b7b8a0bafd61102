package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The catalogue's controlled vocabulary of themes. Themes are editorial: the curators assign them by reading each
 * practice; the compendium itself has no such field.
 */
public enum Theme implements VocabularyTerm {

	LABOUR_MIGRATION("labour-migration", "Labour migration"),
	SOCIAL_PROTECTION("social-protection", "Social protection"),
	GREEN_JOBS_JUST_TRANSITION("green-jobs-just-transition", "Green jobs and just transition"),
	OCCUPATIONAL_SAFETY_HEALTH("occupational-safety-health", "Occupational safety and health"),
	LABOUR_INSPECTION("labour-inspection", "Labour inspection"),
	SKILLS_APPRENTICESHIPS("skills-apprenticeships", "Skills, TVET and apprenticeships"),
	EMPLOYMENT_POLICY("employment-policy", "Employment policies and services"),
	CHILD_FORCED_LABOUR("child-forced-labour", "Child labour and forced labour"),
	SOCIAL_DIALOGUE("social-dialogue", "Social dialogue and tripartism"),
	EMPLOYERS_ORGANISATIONS("employers-organisations", "Employers' and business membership organisations"),
	WORKERS_ORGANISATIONS("workers-organisations", "Workers' organisations"),
	LABOUR_ADMINISTRATION("labour-administration", "Labour administration"),
	LABOUR_STATISTICS("labour-statistics", "Labour statistics"),
	INTERNATIONAL_LABOUR_STANDARDS("international-labour-standards", "International labour standards"),
	CARE_ECONOMY("care-economy", "Care economy"),
	GENDER_EQUALITY("gender-equality", "Gender equality and women's empowerment"),
	TRADE_INVESTMENT_ENTERPRISES("trade-investment-enterprises", "Trade, investment and enterprise development"),
	FINANCING_DECENT_WORK("financing-decent-work", "Financing for decent work"),
	RURAL_SECTORAL_DEVELOPMENT("rural-sectoral-development", "Rural economy and sectoral development"),
	DIGITALISATION("digitalisation", "Digitalisation and technology"),
	EMPLOYMENT_INTENSIVE_INFRASTRUCTURE("employment-intensive-infrastructure", "Employment-intensive infrastructure"),
	INFORMAL_ECONOMY("informal-economy", "Informal economy"),
	PARTNERSHIPS_DEVELOPMENT_COOPERATION("partnerships-development-cooperation",
			"Partnerships and development cooperation");

	private final String code;

	private final String label;

	Theme(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String label() {
		return this.label;
	}

	@JsonCreator
	static Theme of(String value) {
		return VocabularyTerm.find(Theme.class, value)
			.orElseThrow(() -> new IllegalArgumentException("Unknown theme: " + value));
	}

}
