package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The catalogue's controlled vocabulary of themes. Themes are editorial: the curators
 * assign them by reading each practice; the compendium itself has no such field.
 */
public enum Theme implements VocabularyTerm {

	LABOUR_MIGRATION("migrant workers, migration governance, labour mobility, fair recruitment"),
	SOCIAL_PROTECTION(
			"social security, social insurance, unemployment insurance, health insurance, social protection floors"),
	GREEN_JOBS_JUST_TRANSITION(
			"green economy, green jobs, climate change, environmental sustainability, just transition"),
	OCCUPATIONAL_SAFETY_HEALTH("OSH, workplace safety, occupational health, accident prevention"),
	LABOUR_INSPECTION("labour inspectors, labour inspectorates, workplace compliance"),
	SKILLS_APPRENTICESHIPS(
			"vocational training, technical and vocational education and training, apprenticeships, skills development, competency certification"),
	EMPLOYMENT_POLICY("employment policies, employment services, job creation, active labour market policies"),
	CHILD_FORCED_LABOUR("child labour, forced labour, trafficking"),
	SOCIAL_DIALOGUE("tripartism, tripartite dialogue, collective bargaining"),
	EMPLOYERS_ORGANISATIONS(
			"EBMO, employers' organisations, business membership organisations, chambers of commerce, private sector"),
	WORKERS_ORGANISATIONS("trade unions, workers' organisations, unions"),
	LABOUR_ADMINISTRATION("ministries of labour, labour ministries, public employment administration"),
	LABOUR_STATISTICS("labour statistics, labour market information, statistical capacity, surveys"),
	INTERNATIONAL_LABOUR_STANDARDS(
			"ILO conventions, ratification, normative action, fundamental principles and rights at work"),
	CARE_ECONOMY("care work, caregivers, caregiving, care services"),
	GENDER_EQUALITY("women's economic empowerment, women workers, gender equality"),
	TRADE_INVESTMENT_ENTERPRISES(
			"trade and investment, foreign investment, enterprise development, business opportunities"),
	FINANCING_DECENT_WORK("financing for development, SDG financing, integrated national financing frameworks"),
	RURAL_SECTORAL_DEVELOPMENT("agriculture, rural development, value chains, sectoral development"),
	DIGITALISATION("digital transformation, digital platforms, technology, virtual reality"),
	EMPLOYMENT_INTENSIVE_INFRASTRUCTURE(
			"labour-intensive public works, employment-intensive investment, infrastructure"),
	INFORMAL_ECONOMY("informal economy, informal workers, informality, formalisation"),
	PARTNERSHIPS_DEVELOPMENT_COOPERATION(
			"development cooperation, partnerships, resource mobilisation, emerging partners");

	private final String keywords;

	Theme(String keywords) {
		this.keywords = keywords;
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
		return VocabularyTerm.require(Theme.class, value);
	}

}
