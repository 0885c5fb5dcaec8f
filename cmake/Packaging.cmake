# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging: the install rules the apps do not carry themselves, per-platform executable
# metadata (Windows .rc, macOS Info.plist and .icns), Qt runtime deployment on Windows
# and macOS, and CPack: DEB on Linux, NSIS + ZIP on Windows, DragNDrop on macOS.
#
# Included (OPTIONAL) at the end of the top-level CMakeLists.txt, so every target exists.
# Every target is guarded: MAILFIX_BUILD_WIZARD=OFF still packages the CLI.
# Step-by-step builds: packaging/windows/README.md, packaging/macos/README.md.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(MAILFIX_BUNDLE_ID "io.mailfix.Mailfix")
# The project's public home. Screenshots in the metainfo are this URL's repository files,
# so the URL must serve the tree (docs/screenshots/...); set it for a fork.
set(MAILFIX_PROJECT_URL "https://github.com/mailfix/mailfix" CACHE STRING "Public home of the source repository")
set(MAILFIX_RAW_URL "${MAILFIX_PROJECT_URL}/raw/main" CACHE STRING "URL prefix of the repository's files (screenshots)")
set(MAILFIX_HOMEPAGE "${MAILFIX_PROJECT_URL}")
set(MAILFIX_COPYRIGHT "Copyright (C) the Mailfix authors. GPL-3.0-or-later.")
set(MAILFIX_DEB_MAINTAINER "Mailfix developers <mailfix@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")
set(MAILFIX_PACKAGE_MAINTAINER "${MAILFIX_DEB_MAINTAINER}")
set(MAILFIX_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/mailfix.svg")
set(MAILFIX_PACKAGING_DIR "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${MAILFIX_PACKAGING_DIR}")

# --- Install rules ----------------------------------------------------------------
# app/cli and app/wizard install the programs; here: manual pages, documents, and on
# Linux the icons, desktop entry and metainfo.
set(_mailfix_man_pages mailfix-cli)
if(TARGET mailfix)
  list(APPEND _mailfix_man_pages mailfix)
endif()
find_program(MAILFIX_GZIP gzip)
if(UNIX AND NOT APPLE AND MAILFIX_GZIP)
  # Compressed, as Debian's policy wants them in a package (gzip -n: no name or time
  # stamp inside, so the same source gives the same bytes).
  set(_mailfix_man_gz)
  foreach(_page ${_mailfix_man_pages})
    set(_gz "${MAILFIX_PACKAGING_DIR}/${_page}.1.gz")
    add_custom_command(OUTPUT "${_gz}"
        COMMAND "${MAILFIX_GZIP}" -9nc "${PROJECT_SOURCE_DIR}/docs/man/${_page}.1" > "${_gz}"
        DEPENDS "${PROJECT_SOURCE_DIR}/docs/man/${_page}.1" VERBATIM)
    list(APPEND _mailfix_man_gz "${_gz}")
  endforeach()
  add_custom_target(mailfix_man_pages ALL DEPENDS ${_mailfix_man_gz})
  install(FILES ${_mailfix_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  foreach(_page ${_mailfix_man_pages})
    install(FILES "${PROJECT_SOURCE_DIR}/docs/man/${_page}.1" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endforeach()
endif()
install(FILES "${PROJECT_SOURCE_DIR}/docs/CONTRACT.md" "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/mailfix)

if(UNIX AND NOT APPLE AND TARGET mailfix)
  # hicolor PNGs rendered from the SVG at build time with Qt's own SVG renderer (Gui and
  # Svg are found at the top with the wizard's components).
  add_executable(mailfix_render_icon "${PROJECT_SOURCE_DIR}/packaging/linux/RenderIcon.cpp")
  target_link_libraries(mailfix_render_icon PRIVATE Qt6::Gui Qt6::Svg)
  set(MAILFIX_ICON_SIZES 16 24 32 48 64 128 256)
  set(_icon_dir "${MAILFIX_PACKAGING_DIR}/icons")
  set(_icon_pngs "")
  foreach(_size IN LISTS MAILFIX_ICON_SIZES)
    list(APPEND _icon_pngs "${_icon_dir}/${_size}x${_size}/${MAILFIX_BUNDLE_ID}.png")
  endforeach()
  add_custom_command(OUTPUT ${_icon_pngs}
      COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:mailfix_render_icon>
              "${MAILFIX_ICON_SVG}" "${_icon_dir}" "${MAILFIX_BUNDLE_ID}" ${MAILFIX_ICON_SIZES}
      DEPENDS mailfix_render_icon "${MAILFIX_ICON_SVG}"
      COMMENT "Rendering the hicolor icons from mailfix.svg" VERBATIM)
  add_custom_target(mailfix_icons ALL DEPENDS ${_icon_pngs})
  foreach(_size IN LISTS MAILFIX_ICON_SIZES)
    install(FILES "${_icon_dir}/${_size}x${_size}/${MAILFIX_BUNDLE_ID}.png"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${_size}x${_size}/apps)
  endforeach()
  # The metainfo names the screenshots under the project URL.
  configure_file("${PROJECT_SOURCE_DIR}/packaging/linux/io.mailfix.Mailfix.metainfo.xml.in"
                 "${MAILFIX_PACKAGING_DIR}/io.mailfix.Mailfix.metainfo.xml" @ONLY)
  install(FILES "${MAILFIX_PACKAGING_DIR}/io.mailfix.Mailfix.metainfo.xml"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
endif()

if(UNIX AND NOT APPLE)
  # Debian policy wants a copyright file in /usr/share/doc/<package>.
  set(_mailfix_license_text
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Mailfix
Source: ${MAILFIX_HOMEPAGE}

Files: *
Copyright: the Mailfix authors
License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it under the
 terms of the GNU General Public License as published by the Free Software
 Foundation, either version 3 of the License, or (at your option) any later version.
 .
 On Debian systems, the full text of the GNU General Public License version 3 can be
 found in /usr/share/common-licenses/GPL-3.
")
  file(WRITE "${MAILFIX_PACKAGING_DIR}/copyright" "${_mailfix_license_text}")
  install(FILES "${MAILFIX_PACKAGING_DIR}/copyright" DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/mailfix)
endif()

# --- Windows: version resource, icon, OpenSSL and compiler runtime ------------------
if(WIN32)
  enable_language(RC)  # already on with MSVC; the version resources need it
  # The .ico: packaging/windows/build.ps1 renders it from the SVG with ImageMagick and
  # passes -DMAILFIX_WINDOWS_ICON=...; without it, render it at build time if `magick`
  # is on PATH; otherwise the executables get version information but no icon.
  set(MAILFIX_WINDOWS_ICON "" CACHE FILEPATH "Multi-size .ico for mailfix.exe (rendered from the SVG when empty)")
  set(_mailfix_ico "")
  if(MAILFIX_WINDOWS_ICON AND EXISTS "${MAILFIX_WINDOWS_ICON}")
    set(_mailfix_ico "${MAILFIX_WINDOWS_ICON}")
  else()
    find_program(MAILFIX_MAGICK magick)
    if(MAILFIX_MAGICK)
      set(_mailfix_ico "${MAILFIX_PACKAGING_DIR}/mailfix.ico")
      add_custom_command(OUTPUT "${_mailfix_ico}"
          COMMAND "${MAILFIX_MAGICK}" -background none -density 384 "${MAILFIX_ICON_SVG}"
                  -define icon:auto-resize=256,128,64,48,32,24,16 "${_mailfix_ico}"
          DEPENDS "${MAILFIX_ICON_SVG}"
          COMMENT "Rendering mailfix.ico from mailfix.svg" VERBATIM)
      add_custom_target(mailfix_windows_icon DEPENDS "${_mailfix_ico}")
    else()
      message(STATUS "Mailfix: no MAILFIX_WINDOWS_ICON and no ImageMagick (magick): executables get no icon")
    endif()
  endif()

  # One version resource per executable, from packaging/windows/mailfix.rc.in.
  set(MAILFIX_RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
  set(MAILFIX_RC_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
  set(MAILFIX_RC_COPYRIGHT "${MAILFIX_COPYRIGHT}")
  foreach(_target IN ITEMS mailfix mailfix-cli)
    if(NOT TARGET ${_target})
      continue()
    endif()
    set(MAILFIX_RC_FILENAME "${_target}.exe")
    set(MAILFIX_RC_INTERNAL_NAME "${_target}")
    if(_target STREQUAL "mailfix")
      set(MAILFIX_RC_DESCRIPTION "Mailfix - iPhone mail settings check")
    else()
      set(MAILFIX_RC_DESCRIPTION "Mailfix command-line check")
    endif()
    if(_mailfix_ico)
      set(MAILFIX_RC_ICON_LINE "1 ICON \"${_mailfix_ico}\"")
    else()
      set(MAILFIX_RC_ICON_LINE "// no icon: see packaging/windows/README.md")
    endif()
    set(_rc "${MAILFIX_PACKAGING_DIR}/${_target}.rc")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/mailfix.rc.in" "${_rc}" @ONLY)
    target_sources(${_target} PRIVATE "${_rc}")
    if(_mailfix_ico)
      set_source_files_properties("${_rc}" TARGET_DIRECTORY ${_target} PROPERTIES OBJECT_DEPENDS "${_mailfix_ico}")
      if(TARGET mailfix_windows_icon)
        add_dependencies(${_target} mailfix_windows_icon)
      endif()
    endif()
  endforeach()
  if(TARGET mailfix)
    set_target_properties(mailfix PROPERTIES WIN32_EXECUTABLE ON)
  endif()

  # mailfix_core links OpenSSL, and Qt's OpenSSL TLS plugin loads the same DLLs, so
  # they go next to the executables. FindOpenSSL knows the import libraries only; the
  # DLLs sit in <root>/bin for vcpkg, the Qt installer's OpenSSL toolkit and the
  # Shining Light installer alike.
  set(MAILFIX_OPENSSL_DLLS "" CACHE STRING "OpenSSL DLLs to install next to the executables (found next to OpenSSL when empty)")
  set(_mailfix_openssl_dlls ${MAILFIX_OPENSSL_DLLS})
  if(NOT _mailfix_openssl_dlls AND OPENSSL_INCLUDE_DIR)
    get_filename_component(_mailfix_openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    file(GLOB _mailfix_openssl_dlls
         "${_mailfix_openssl_root}/bin/libcrypto-3*.dll" "${_mailfix_openssl_root}/bin/libssl-3*.dll")
  endif()
  if(_mailfix_openssl_dlls)
    install(FILES ${_mailfix_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
  else()
    message(WARNING "Mailfix: no OpenSSL 3 DLLs found next to ${OPENSSL_INCLUDE_DIR}; "
                    "set MAILFIX_OPENSSL_DLLS to libcrypto-3-x64.dll;libssl-3-x64.dll")
  endif()

  # The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...) goes next to the executables.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

# --- macOS: bundle metadata, .icns, the CLI inside the bundle -----------------------
if(APPLE AND TARGET mailfix)
  set(MAILFIX_MACOS_ICNS "" CACHE FILEPATH "mailfix.icns for the app bundle (rendered from the SVG when empty)")
  set(_mailfix_icns "")
  if(MAILFIX_MACOS_ICNS AND EXISTS "${MAILFIX_MACOS_ICNS}")
    set(_mailfix_icns "${MAILFIX_MACOS_ICNS}")
  else()
    # iconutil ships with Xcode's command line tools; rsvg-convert: `brew install librsvg`.
    find_program(MAILFIX_ICONUTIL iconutil)
    find_program(MAILFIX_RSVG_CONVERT rsvg-convert)
    if(MAILFIX_ICONUTIL AND MAILFIX_RSVG_CONVERT)
      set(_mailfix_icns "${MAILFIX_PACKAGING_DIR}/mailfix.icns")
      set(_iconset "${MAILFIX_PACKAGING_DIR}/mailfix.iconset")
      set(_render_commands "")
      foreach(_size IN ITEMS 16 32 128 256 512)
        math(EXPR _size2 "${_size} * 2")
        list(APPEND _render_commands
             COMMAND "${MAILFIX_RSVG_CONVERT}" -w ${_size} -h ${_size} -o "${_iconset}/icon_${_size}x${_size}.png" "${MAILFIX_ICON_SVG}"
             COMMAND "${MAILFIX_RSVG_CONVERT}" -w ${_size2} -h ${_size2} -o "${_iconset}/icon_${_size}x${_size}@2x.png" "${MAILFIX_ICON_SVG}")
      endforeach()
      add_custom_command(OUTPUT "${_mailfix_icns}"
          COMMAND "${CMAKE_COMMAND}" -E rm -rf "${_iconset}"
          COMMAND "${CMAKE_COMMAND}" -E make_directory "${_iconset}"
          ${_render_commands}
          COMMAND "${MAILFIX_ICONUTIL}" -c icns -o "${_mailfix_icns}" "${_iconset}"
          DEPENDS "${MAILFIX_ICON_SVG}"
          COMMENT "Rendering mailfix.icns from mailfix.svg" VERBATIM)
      add_custom_target(mailfix_macos_icon DEPENDS "${_mailfix_icns}")
      add_dependencies(mailfix mailfix_macos_icon)
    else()
      message(STATUS "Mailfix: no MAILFIX_MACOS_ICNS and no iconutil + rsvg-convert: the bundle gets no icon "
                     "(brew install librsvg)")
    endif()
  endif()
  if(_mailfix_icns)
    target_sources(mailfix PRIVATE "${_mailfix_icns}")
    set_source_files_properties("${_mailfix_icns}" TARGET_DIRECTORY mailfix
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
    get_filename_component(_mailfix_icns_name "${_mailfix_icns}" NAME)
    set_target_properties(mailfix PROPERTIES MACOSX_BUNDLE_ICON_FILE "${_mailfix_icns_name}")
  endif()

  set_target_properties(mailfix PROPERTIES
      MACOSX_BUNDLE ON
      OUTPUT_NAME "Mailfix"
      MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
      MACOSX_BUNDLE_BUNDLE_NAME "Mailfix"
      MACOSX_BUNDLE_GUI_IDENTIFIER "${MAILFIX_BUNDLE_ID}"
      MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
      MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
      MACOSX_BUNDLE_INFO_STRING "Mailfix ${PROJECT_VERSION}"
      MACOSX_BUNDLE_COPYRIGHT "${MAILFIX_COPYRIGHT}"
      XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${MAILFIX_BUNDLE_ID}")

  # A bare bin/mailfix-cli next to the .app would load Qt from the build machine; inside
  # the bundle the deployment step gives it the bundle's frameworks and plugins.
  if(TARGET mailfix-cli)
    install(TARGETS mailfix-cli RUNTIME DESTINATION "Mailfix.app/Contents/MacOS")
    install(CODE "
      file(REMOVE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/mailfix-cli\")
      file(GLOB _left \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/*\")
      if(NOT _left)
        file(REMOVE_RECURSE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
      endif()")
  endif()
endif()

# --- Qt runtime deployment (Windows, macOS) -----------------------------------------
# From Qt 6.5 the install step runs windeployqt/macdeployqt itself, so `cmake --install`
# and cpack produce self-contained trees. Before 6.5 (e.g. Debian's 6.4, where it is
# not needed) the build scripts run the tools; MAILFIX_QT_DEPLOY_AT_INSTALL tells them.
set(MAILFIX_QT_DEPLOY_AT_INSTALL OFF CACHE INTERNAL "install() runs the Qt deployment tool")
if((WIN32 OR APPLE) AND TARGET mailfix)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    if(WIN32)
      # mailfix-cli sits in the same bin/ and needs a subset of mailfix's Qt DLLs and
      # plugins (Core, Network, tls/). The compiler runtime comes from
      # InstallRequiredSystemLibraries above.
      qt_generate_deploy_app_script(TARGET mailfix OUTPUT_SCRIPT _mailfix_deploy_script
          NO_COMPILER_RUNTIME NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
      # macdeployqt must also rewrite the CLI inside the bundle, which the app script
      # cannot be told about.
      set(_cli_arg "")
      if(TARGET mailfix-cli)
        set(_cli_arg "ADDITIONAL_EXECUTABLES \"Mailfix.app/Contents/MacOS/mailfix-cli\"")
      endif()
      qt_generate_deploy_script(TARGET mailfix OUTPUT_SCRIPT _mailfix_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"Mailfix.app\"
    ${_cli_arg}
    GENERATE_QT_CONF)
")
    endif()
    install(SCRIPT "${_mailfix_deploy_script}")
    set(MAILFIX_QT_DEPLOY_AT_INSTALL ON CACHE INTERNAL "install() runs the Qt deployment tool")
  else()
    message(STATUS "Mailfix: Qt ${Qt6_VERSION} < 6.5: run windeployqt/macdeployqt after installing "
                   "(packaging/windows/build.ps1 and packaging/macos/build.sh do)")
  endif()
endif()

# --- CPack ----------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "Mailfix")
set(CPACK_PACKAGE_VENDOR "Mailfix")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
"Mailfix checks the mail account settings of an iPhone against the real mail servers
(IMAP, POP3 and SMTP: DNS, TCP, TLS and certificate, login, relay and sender checks)
and shows, for each failing field, the exact fix in the words of the iPhone's iOS
version. Passwords are used for the check only and never stored or reported.
The package holds the wizard (mailfix) and the command-line check (mailfix-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MAILFIX_HOMEPAGE}")
set(CPACK_PACKAGE_CONTACT "${MAILFIX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mailfix")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
if(TARGET mailfix)
  set(CPACK_PACKAGE_EXECUTABLES "mailfix;Mailfix")
endif()

# The source tree has no LICENSE file yet; give the installers a short notice instead.
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
  set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
else()
  file(WRITE "${MAILFIX_PACKAGING_DIR}/LICENSE.txt"
"Mailfix ${PROJECT_VERSION}
${MAILFIX_COPYRIGHT}

This program is free software: you can redistribute it and/or modify it under the terms
of the GNU General Public License as published by the Free Software Foundation, either
version 3 of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful, but WITHOUT ANY
WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
PARTICULAR PURPOSE. See https://www.gnu.org/licenses/gpl-3.0.html for the details.

Mailfix uses Qt (LGPL-3.0) and OpenSSL (Apache-2.0).
")
  set(CPACK_RESOURCE_FILE_LICENSE "${MAILFIX_PACKAGING_DIR}/LICENSE.txt")
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-.*/" "/\\.cache/" "\\.user$")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  set(CPACK_PACKAGE_FILE_NAME "Mailfix-${PROJECT_VERSION}-win64")
  set(CPACK_NSIS_PACKAGE_NAME "Mailfix ${PROJECT_VERSION}")
  set(CPACK_NSIS_DISPLAY_NAME "Mailfix")
  set(CPACK_NSIS_URL_INFO_ABOUT "${MAILFIX_HOMEPAGE}")
  set(CPACK_NSIS_CONTACT "${MAILFIX_PACKAGE_MAINTAINER}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\mailfix.exe")
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mailfix.exe")
  if(_mailfix_ico)
    file(TO_NATIVE_PATH "${_mailfix_ico}" _mailfix_ico_native)
    set(CPACK_NSIS_MUI_ICON "${_mailfix_ico_native}")
    set(CPACK_NSIS_MUI_UNIICON "${_mailfix_ico_native}")
  endif()
  set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Mailfix")
  # WiX (cpack -G WIX, .github/workflows/windows.yml): a fixed upgrade code, so that a
  # newer MSI replaces an older one.
  set(CPACK_WIX_UPGRADE_GUID "6B1E3C52-8F0D-4A7B-9C3E-2D5F7A9B1C40")
  set(CPACK_WIX_PRODUCT_ICON "${_mailfix_ico}")
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "Mailfix")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_PACKAGE_FILE_NAME "Mailfix-${PROJECT_VERSION}-macos")
  set(CPACK_DMG_VOLUME_NAME "Mailfix ${PROJECT_VERSION}")
  set(CPACK_DMG_FORMAT "UDZO")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_STRIP_FILES ON)
  set(CPACK_DEBIAN_PACKAGE_NAME "mailfix")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MAILFIX_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${MAILFIX_HOMEPAGE}")
  # Debian 12 names. dpkg-shlibdeps finds what the programs link (libc6, libstdc++6,
  # libqt6core6, libqt6network6, libqt6gui6, libqt6widgets6, libqt6printsupport6, libssl3
  # through mailfix_core). What is only loaded at run time it cannot see: the SVG icon
  # engine (libqt6svg6) and OpenSSL, which Qt's TLS plugin dlopens (libssl3). `dpkg -S`
  # on Debian 12: the xcb and offscreen platform plugins ship in libqt6gui6 and the
  # OpenSSL TLS plugin in libqt6network6 (qt6-qpa-plugins holds only VNC and TUIO, not
  # needed). Without dpkg-shlibdeps the linked libraries are named by hand.
  set(_deb_depends "libssl3 (>= 3.0)")
  if(TARGET mailfix)
    list(APPEND _deb_depends "libqt6svg6 (>= 6.4)")
    # Qt's own buttons (Back, Next, Cancel, Yes, No) in German, French and Spanish.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n")
  endif()
  find_program(MAILFIX_DPKG_SHLIBDEPS dpkg-shlibdeps)
  if(MAILFIX_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  else()
    list(APPEND _deb_depends "libc6 (>= 2.34)" "libstdc++6 (>= 11)" "libqt6core6 (>= 6.4)" "libqt6network6 (>= 6.4)")
    if(TARGET mailfix)
      list(APPEND _deb_depends "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)" "libqt6printsupport6 (>= 6.4)")
    endif()
  endif()
  list(JOIN _deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
endif()

include(CPack)
