package org.sstc.catalogue.practice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, as the JDK knows them, and the ILO region of each.
 */
public final class Countries {

	private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	/**
	 * The ILO's regions as its regional offices cover them (North Africa with Africa,
	 * Israel, Türkiye and Central Asia with Europe), territories with the region they lie
	 * in; a code missing here (Antarctica, say) belongs to no region.
	 */
	private static final Map<String, Region> REGIONS = regions(Map.of(Region.AFRICA,
			"DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA "
					+ "MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH RE YT SH IO",
			Region.ARAB_STATES, "BH IQ JO KW LB OM QA SA SY AE YE PS", Region.ASIA_PACIFIC,
			"AF AU BD BT BN KH CN FJ IN ID IR JP KI KP KR LA MY MV MH FM MN MM NR NP NZ PK PW PG PH WS SG SB LK TH TL "
					+ "TO TV VU VN HK MO TW CK NU NC PF AS GU MP WF TK NF CX CC PN UM HM",
			Region.AMERICAS,
			"AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE "
					+ "AI AW BQ BM VG KY CW FK GF GP MQ MS PR BL MF PM SX TC VI GS BV",
			Region.EUROPE_CENTRAL_ASIA,
			"AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT KZ KG LV LI LT LU MT MD MC ME "
					+ "NL MK NO PL PT RO RU SM RS SK SI ES SE CH TJ TR TM UA GB UZ VA FO GI GG IM JE AX SJ GL"));

	private Countries() {
	}

	public static boolean isIsoCode(String code) {
		return code != null && ISO_CODES.contains(code);
	}

	/** The ILO region a country lies in, if any. */
	public static Optional<Region> region(String code) {
		return Optional.ofNullable((code != null) ? REGIONS.get(code) : null);
	}

	private static Map<String, Region> regions(Map<Region, String> codes) {
		Map<String, Region> regions = new HashMap<>();
		codes.forEach((region, list) -> {
			for (String code : list.split(" ")) {
				if (regions.put(code, region) != null || !ISO_CODES.contains(code)) {
					throw new IllegalStateException("Country code listed twice or unknown: " + code);
				}
			}
		});
		return Map.copyOf(regions);
	}

}
