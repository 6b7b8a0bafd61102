package org.sstc.catalogue.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ContainerErrorReport} in the place of Tomcat's error report valve. Ordered
 * last, so that it runs after Spring Boot's own customizer, which adds a plain
 * {@link ErrorReportValve} to hide Tomcat's version.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ContainerErrorReport());
				// the host adds a valve of this class at start when it finds none of it
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
