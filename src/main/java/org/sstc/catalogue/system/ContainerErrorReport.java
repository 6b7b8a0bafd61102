package org.sstc.catalogue.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * The body and headers of the error answers that Tomcat writes by itself: a request it
 * rejects before any application code runs (a malformed request line, bad
 * percent-encoding in the path, headers too large), or an error no page of the
 * application answered (a form body over the size limit). Instead of Tomcat's HTML report
 * they get the catalogue's security headers and one plain line with the status, and
 * nothing about the server.
 */
final class ContainerErrorReport extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// as Tomcat's own report: only an error answer with nothing written yet, and only
		// once
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		SecurityHeaders.ON_EVERY_ANSWER.forEach(response::setHeader);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/plain;charset=UTF-8");
		HttpStatus known = HttpStatus.resolve(status);
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(status + " " + ((known != null) ? known.getReasonPhrase() : "Error") + "\n");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone: there is nobody to answer
		}
	}

}
