# macOS: deploy Qt into VoucherDesk.app with macdeployqt at install time (so `cpack -G DragNDrop` packs a
# self-contained bundle), then sign it innermost first (sign-and-notarize.sh) when VD_MACOS_SIGN_IDENTITY is set.
# Qt >= 6.5 could use qt_generate_deploy_app_script; Debian's 6.4 cannot, and this works with both.
find_program(VD_MACDEPLOYQT macdeployqt HINTS ${Qt6_DIR}/../../../bin ${QT6_INSTALL_PREFIX}/bin REQUIRED)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/voucherdesk.icns DESTINATION VoucherDesk.app/Contents/Resources)
install(CODE "
    set(app \"\${CMAKE_INSTALL_PREFIX}/VoucherDesk.app\")
    execute_process(COMMAND \"${VD_MACDEPLOYQT}\" \"\${app}\" -always-overwrite -verbose=1
                    COMMAND_ERROR_IS_FATAL ANY)
    if(DEFINED ENV{VD_MACOS_SIGN_IDENTITY} AND NOT \"\$ENV{VD_MACOS_SIGN_IDENTITY}\" STREQUAL \"\")
        execute_process(COMMAND \"${CMAKE_CURRENT_LIST_DIR}/sign-and-notarize.sh\" sign \"\${app}\"
                        COMMAND_ERROR_IS_FATAL ANY)
    endif()
")
