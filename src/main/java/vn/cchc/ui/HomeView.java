package vn.cchc.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import vn.cchc.analytics.WarehouseSummary;
import vn.cchc.analytics.WarehouseSummaryService;

/** Placeholder home page until the dashboard arrives: says what the warehouse holds. */
@Route("")
@PageTitle("CCHC Analytics")
public class HomeView extends VerticalLayout {

    public HomeView(WarehouseSummaryService summaries) {
        WarehouseSummary s = summaries.summary();
        add(new H1("Thống kê cải cách hành chính"),
                new Paragraph(String.format(new java.util.Locale("vi"),
                        "Kho dữ liệu có %,d báo cáo hiện hành của %,d cơ quan, %,d giá trị chỉ tiêu, %,d phát hiện.",
                        s.currentReports(), s.agencies(), s.values(), s.findings())),
                new Paragraph("Bảng điều khiển đang được xây dựng. Nạp báo cáo bằng lệnh: "
                        + "java -jar cchc-analytics.jar load --db TỆP PATH..."));
    }
}
