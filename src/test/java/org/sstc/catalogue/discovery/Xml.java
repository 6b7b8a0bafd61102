package org.sstc.catalogue.discovery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads what the catalogue serves as XML with the JDK's namespace-aware parser, which
 * fails on ill-formed XML.
 */
final class Xml {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private Xml() {
	}

	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
					&& namespace.equals(element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

}
