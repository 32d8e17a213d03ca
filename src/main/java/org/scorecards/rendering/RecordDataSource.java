package org.scorecards.rendering;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Hands rows written as Java records to a template: a field named like a record component reads that
 * component. JasperReports' bean data source only knows {@code getX()} getters, which records don't have.
 * Public because template expressions open nested lists with {@code RecordDataSource.of($F{rows})}.
 */
public final class RecordDataSource implements JRRewindableDataSource {

	private final List<? extends Record> rows;

	private final Map<String, Method> accessors = new HashMap<>();

	private Iterator<? extends Record> iterator;

	private Record current;

	private RecordDataSource(List<? extends Record> rows) {
		this.rows = rows;
		this.iterator = rows.iterator();
	}

	/** A fresh data source over the rows; {@code null} reads as no rows. */
	public static RecordDataSource of(Collection<? extends Record> rows) {
		return new RecordDataSource(rows == null ? List.of() : List.copyOf(rows));
	}

	@Override
	public boolean next() {
		current = iterator.hasNext() ? iterator.next() : null;
		return current != null;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Method accessor = accessors.computeIfAbsent(field.getName(), this::accessor);
		if (accessor == null) {
			throw new JRException("Field " + field.getName() + " not found in " + current.getClass().getSimpleName()
					+ ", expected one of " + componentNames(current.getClass()));
		}
		try {
			return accessor.invoke(current);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("Cannot read field " + field.getName(), ex);
		}
	}

	@Override
	public void moveFirst() {
		iterator = rows.iterator();
		current = null;
	}

	private Method accessor(String name) {
		for (RecordComponent component : current.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component.getAccessor();
			}
		}
		return null;
	}

	private static List<String> componentNames(Class<?> type) {
		return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}
}
