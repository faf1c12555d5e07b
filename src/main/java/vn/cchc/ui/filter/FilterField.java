package vn.cchc.ui.filter;

/** The filters a view offers; each view shows the ones that change what it shows. */
public enum FilterField {
    MEASURE, PERIOD, RANGE, GRAIN, BOUNDARY, PROVINCE, KIND, AGENCY, UNITS, TOP
}
