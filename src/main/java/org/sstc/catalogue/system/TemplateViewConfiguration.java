package org.sstc.catalogue.system;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every template is an HTML page, and says so whatever content type the response was
 * given before it rendered: Thymeleaf keeps a type already set, so the error page of a
 * bad {@code /practices.atom} request (the feed's type set before its parameters were
 * refused) went out as Atom, and that of a missing {@code /practices/x.xml} (the type the
 * static resources guessed from the extension) as XML.
 */
@Configuration(proxyBeanMethods = false)
class TemplateViewConfiguration {

	@Bean
	static BeanPostProcessor htmlTemplateViews() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}

		};
	}

}
