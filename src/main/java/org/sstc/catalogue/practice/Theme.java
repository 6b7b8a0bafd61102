package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The catalogue's controlled vocabulary of themes. Themes are editorial: the curators
 * assign them by reading each practice; the compendium itself has no such field.
 */
public enum Theme implements VocabularyTerm {

	LABOUR_MIGRATION("labour-migration", "Labour migration",
			"migrant workers, migration governance, labour mobility, fair recruitment"),
	SOCIAL_PROTECTION("social-protection", "Social protection",
			"social security, social insurance, unemployment insurance, health insurance, social protection floors"),
	GREEN_JOBS_JUST_TRANSITION("green-jobs-just-transition", "Green jobs and just transition",
			"green economy, green jobs, climate change, environmental sustainability, just transition"),
	OCCUPATIONAL_SAFETY_HEALTH("occupational-safety-health", "Occupational safety and health",
			"OSH, workplace safety, occupational health, accident prevention"),
	LABOUR_INSPECTION("labour-inspection", "Labour inspection",
			"labour inspectors, labour inspectorates, workplace compliance"),
	SKILLS_APPRENTICESHIPS("skills-apprenticeships", "Skills, TVET and apprenticeships",
			"vocational training, technical and vocational education and training, apprenticeships, skills development, competency certification"),
	EMPLOYMENT_POLICY("employment-policy", "Employment policies and services",
			"employment policies, employment services, job creation, active labour market policies"),
	CHILD_FORCED_LABOUR("child-forced-labour", "Child labour and forced labour",
			"child labour, forced labour, trafficking"),
	SOCIAL_DIALOGUE("social-dialogue", "Social dialogue and tripartism",
			"tripartism, tripartite dialogue, collective bargaining"),
	EMPLOYERS_ORGANISATIONS("employers-organisations", "Employers' and business membership organisations",
			"EBMO, employers' organisations, business membership organisations, chambers of commerce, private sector"),
	WORKERS_ORGANISATIONS("workers-organisations", "Workers' organisations",
			"trade unions, workers' organisations, unions"),
	LABOUR_ADMINISTRATION("labour-administration", "Labour administration",
			"ministries of labour, labour ministries, public employment administration"),
	LABOUR_STATISTICS("labour-statistics", "Labour statistics",
			"labour statistics, labour market information, statistical capacity, surveys"),
	INTERNATIONAL_LABOUR_STANDARDS("international-labour-standards", "International labour standards",
			"ILO conventions, ratification, normative action, fundamental principles and rights at work"),
	CARE_ECONOMY("care-economy", "Care economy", "care work, caregivers, caregiving, care services"),
	GENDER_EQUALITY("gender-equality", "Gender equality and women's empowerment",
			"women's economic empowerment, women workers, gender equality"),
	TRADE_INVESTMENT_ENTERPRISES("trade-investment-enterprises", "Trade, investment and enterprise development",
			"trade and investment, foreign investment, enterprise development, business opportunities"),
	FINANCING_DECENT_WORK("financing-decent-work", "Financing for decent work",
			"financing for development, SDG financing, integrated national financing frameworks"),
	RURAL_SECTORAL_DEVELOPMENT("rural-sectoral-development", "Rural economy and sectoral development",
			"agriculture, rural development, value chains, sectoral development"),
	DIGITALISATION("digitalisation", "Digitalisation and technology",
			"digital transformation, digital platforms, technology, virtual reality"),
	EMPLOYMENT_INTENSIVE_INFRASTRUCTURE("employment-intensive-infrastructure", "Employment-intensive infrastructure",
			"labour-intensive public works, employment-intensive investment, infrastructure"),
	INFORMAL_ECONOMY("informal-economy", "Informal economy",
			"informal economy, informal workers, informality, formalisation"),
	PARTNERSHIPS_DEVELOPMENT_COOPERATION("partnerships-development-cooperation",
			"Partnerships and development cooperation",
			"development cooperation, partnerships, resource mobilisation, emerging partners");

	private final String code;

	private final String label;

	private final String keywords;

	Theme(String code, String label, String keywords) {
		this.code = code;
		this.label = label;
		this.keywords = keywords;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String label() {
		return this.label;
	}

	/**
	 * Other words people use for the theme (entry terms, as in a library thesaurus),
	 * which search indexes with the theme so that a practice tagged with it is found by
	 * them.
	 */
	public String keywords() {
		return this.keywords;
	}

	@JsonCreator
	static Theme of(String value) {
		return VocabularyTerm.find(Theme.class, value)
			.orElseThrow(() -> new IllegalArgumentException("Unknown theme: " + value));
	}

}
