package org.sstc.catalogue.account;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a sign-in limit counts a client by. */
@Tag("unit")
class ClientAddressTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			192.0.2.7                              | 192.0.2.7
			192.000.002.007                        | 192.0.2.7
			2001:db8:1:2:3:4:5:6                   | 2001:db8:1:2::/64
			2001:db8:1:2::ffff                     | 2001:db8:1:2::/64
			[2001:DB8:1:2::1]                      | 2001:db8:1:2::/64
			fe80::1%eth0                           | fe80:0:0:0::/64
			::ffff:192.0.2.7                       | 192.0.2.7
			""")
	void addressesAreCountedByClient(String remoteAddress, String counted) {
		assertThat(ClientAddress.of(remoteAddress)).isEqualTo(counted);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			999.1.1.1
			example.org
			2001:db8::zz
			'unknown, 192.0.2.7'
			""")
	void anythingElseBecomesADigestAndIsNeverLookedUp(String remoteAddress) {
		assertThat(ClientAddress.of(remoteAddress)).matches("other:[0-9a-f]{32}");
	}

}
