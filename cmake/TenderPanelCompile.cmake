# Common compile settings for every TenderPanel target.
function(tenderpanel_compile_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
                                           -Wunused -Woverloaded-virtual -Wnull-dereference -Wformat=2)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
                                               QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
  if(TENDERPANEL_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# tenderpanel_add_test(NAME SOURCES a.cpp b.cpp LIBS lib1 lib2 [GUI])
function(tenderpanel_add_test name)
  # BOTH_ENGINES: the test runs twice, on SQLite files (NAME) and on databases of the test
  # PostgreSQL server (NAME_pg, TP_TEST_ENGINE=postgres; see tests/support/TestEngine.h).
  cmake_parse_arguments(T "GUI;BOTH_ENGINES" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  tenderpanel_compile_options(${name})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE TP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                             TP_BINARY_DIR="${PROJECT_BINARY_DIR}"
                                             TP_EXAMPLES_DIR="${TENDERPANEL_EXAMPLES_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  # Tests never read or write the user's own settings or default workspace.
  set(home ${PROJECT_BINARY_DIR}/test-home)
  set(environment "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;TENDERPANEL_LANG=en;XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache")
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}" TIMEOUT 600)
  if(T_BOTH_ENGINES AND TENDERPANEL_TEST_POSTGRES)
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
      ENVIRONMENT "${environment};TP_TEST_ENGINE=postgres;TP_TEST_PG_STATE=${TENDERPANEL_PG_TEST_STATE}"
      FIXTURES_REQUIRED postgres TIMEOUT 600)
  endif()
endfunction()

# Precompiled headers. Most of a source file's compile time goes to parsing the Qt and standard headers it
# includes, the same ones in file after file. Each of the larger libraries parses them once for all of its
# sources (about a tenth off the build on two cores). Only headers from outside the project are
# precompiled, so that a change to one of the project's headers rebuilds no more than before. The test
# programs do without: each has one or two sources, and a precompiled header made for each folder of
# tests (Qt Test's definitions differ by folder) cost about what it saved.
option(TENDERPANEL_PRECOMPILE_HEADERS "Precompile the Qt and standard headers the libraries include" ON)
set(TP_PCH_core <algorithm> <functional> <memory> <optional> <string> <string_view> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QMap> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString>
    <QStringList> <QVariant>)
set(TP_PCH_gui ${TP_PCH_core} <QColor> <QFont> <QFontMetricsF> <QImage> <QPainter> <QTextCursor> <QTextDocument>)
set(TP_PCH_widgets ${TP_PCH_gui} <QAbstractTableModel> <QApplication> <QCheckBox> <QComboBox> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QSpinBox>
    <QStackedWidget> <QTableView> <QTableWidget> <QTimer> <QVBoxLayout> <QWidget>)

# tenderpanel_precompile(TARGET KIND): KIND is core (Qt Core and Qt Sql), gui (and Qt Gui) or widgets
# (and Qt Widgets), the Qt modules TARGET links.
function(tenderpanel_precompile target kind)
  if(TENDERPANEL_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE ${TP_PCH_${kind}})
  endif()
endfunction()
