package org.sstc.catalogue.discovery;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML written as it goes, with the JDK's streaming writer, which escapes text and
 * attributes.
 */
final class XmlOutput {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlOutput() {
	}

	static XMLStreamWriter start(OutputStream output) throws XMLStreamException {
		XMLStreamWriter xml = FACTORY.createXMLStreamWriter(output, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		return xml;
	}

	/** An element with text; none for null text, an empty one for empty text. */
	static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
		if (text == null) {
			return;
		}
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

}
