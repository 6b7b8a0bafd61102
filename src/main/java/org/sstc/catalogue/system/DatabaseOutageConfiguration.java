package org.sstc.catalogue.system;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What keeps the catalogue answering, quickly, while PostgreSQL is unreachable. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/**
	 * The pool that Spring Boot configures, behind {@link FailFastDataSource}, for
	 * everything that uses it.
	 */
	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource))
						? new FailFastDataSource(pool) : bean;
			}

		};
	}

	/**
	 * Before every filter that could reach the database: Spring Security's, and a session
	 * store's (Spring Session's comes at {@code Integer.MIN_VALUE + 50}).
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage, JsonMapper json) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(outage, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
