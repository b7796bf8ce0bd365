// The module tenderpanel-xlsx: libxlsxwriter behind one entry point (XlsxModule.h).
#include "XlsxModuleEntry.h"

extern "C" __attribute__((visibility("default"))) const TpXlsxFunctions* tp_xlsx_functions()
{
    static const TpXlsxFunctions functions{
        &::workbook_new_opt,       &::workbook_set_properties, &::workbook_add_worksheet,
        &::workbook_add_format,    &::workbook_close,          &::worksheet_write_string,
        &::worksheet_write_number, &::worksheet_write_blank,   &::worksheet_set_column,
        &::worksheet_set_row,      &::worksheet_freeze_panes,  &::worksheet_set_landscape,
        &::worksheet_set_paper,    &::worksheet_fit_to_pages,  &::worksheet_center_horizontally,
        &::worksheet_repeat_rows,  &::worksheet_set_footer,    &::format_set_bold,
        &::format_set_italic,      &::format_set_font_size,    &::format_set_font_strikeout,
        &::format_set_text_wrap,   &::format_set_align,        &::format_set_bg_color,
        &::format_set_num_format,  &::format_set_border,       &::lxw_strerror};
    return &functions;
}
