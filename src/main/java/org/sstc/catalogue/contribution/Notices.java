package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the notices of contributions through Spring Mail, after the change they tell of
 * is committed (a rolled-back step announces nothing). Spring Boot makes a mail sender
 * only when {@code spring.mail.host} is set; without one, each notice is written to the
 * log, and a server that fails is logged too: the step itself is done and stays done.
 * Notices are in English, the language the invitations and the compendium share.
 */
@Component
class Notices {

	private static final Logger logger = LoggerFactory.getLogger(Notices.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final ContributionProperties properties;

	Notices(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, ContributionProperties properties) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void send(Notice notice) {
		if (notice.to().isEmpty()) {
			logger.info("Nobody to tell of '{}' (set catalogue.contributions.editor-addresses): {}",
					notice.subjectKey(), notice.link());
			return;
		}
		Object[] arguments = notice.arguments().toArray();
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.properties.mailFrom());
		mail.setTo(notice.to().toArray(String[]::new));
		mail.setSubject(this.messages.getMessage(notice.subjectKey(), arguments, Locale.ENGLISH));
		mail.setText(
				this.messages.getMessage(notice.textKey(), arguments, Locale.ENGLISH) + "\n\n" + notice.link() + "\n");
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			logger.info("No SMTP server is set (spring.mail.host), so this notice is only logged:\nTo: {}\n"
					+ "Subject: {}\n\n{}", String.join(", ", notice.to()), mail.getSubject(), mail.getText());
			return;
		}
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			logger.warn("Could not send the notice '{}' to {}: {}", mail.getSubject(), String.join(", ", notice.to()),
					ex.getMessage());
		}
	}

}
