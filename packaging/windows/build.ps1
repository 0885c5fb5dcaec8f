# SPDX-License-Identifier: GPL-3.0-or-later
<#
.SYNOPSIS
  Builds, tests and packages Mailfix on Windows (MSVC 2022, Qt 6, OpenSSL 3, Ninja).

.DESCRIPTION
  1. enters the Visual Studio 2022 x64 developer environment (unless cl.exe is already on PATH)
  2. renders mailfix.ico from resources\icons\mailfix.svg with ImageMagick (for the .rc and the installer)
  3. fetches and installs Catch2 v2.13.10 into the build directory (the tests use Catch2 v2)
  4. configures (Ninja, Release) and builds
  5. runs the tests that need no Postfix/Dovecot: unit and hostile
     (the integration and GUI tiers need real Postfix and Dovecot: Linux only)
  6. installs into <BuildDir>\stage and deploys Qt (qt_generate_deploy_app_script on Qt >= 6.5,
     windeployqt otherwise), then runs the staged mailfix-cli with a bare PATH
  7. optionally signs the executables (-SignThumbprint)
  8. packages: NSIS installer + ZIP with cpack (ZIP only without NSIS or with Qt < 6.5)

  See packaging\windows\README.md for prerequisites.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -QtDir C:\Qt\6.8.3\msvc2022_64

.EXAMPLE
  .\packaging\windows\build.ps1 -VcpkgRoot C:\vcpkg
#>
[CmdletBinding()]
param(
    # Qt kit, e.g. C:\Qt\6.8.3\msvc2022_64. Default: the newest C:\Qt\6.*\msvc2022_64 (unless -VcpkgRoot).
    [string]$QtDir = '',
    # vcpkg checkout with qtbase, qtsvg, qttools and openssl installed for x64-windows.
    [string]$VcpkgRoot = '',
    # OpenSSL 3 root (include\, lib\, bin\). Default: the Qt installer's OpenSSL 3 toolkit, or vcpkg's.
    [string]$OpenSslDir = '',
    [string]$BuildDir = '',
    [ValidateSet('Release', 'RelWithDebInfo', 'Debug')]
    [string]$Config = 'Release',
    # A Catch2 v2 package directory (the one holding Catch2Config.cmake); fetched when empty.
    [string]$Catch2Dir = '',
    [switch]$SkipTests,
    [switch]$SkipPackage,
    # SHA-1 thumbprint of a code-signing certificate in the user's or machine's store.
    [string]$SignThumbprint = '',
    [string]$TimestampUrl = 'http://timestamp.digicert.com'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$SourceDir = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
if (-not $BuildDir) { $BuildDir = Join-Path $SourceDir 'build\windows' }
$BuildDir = [IO.Path]::GetFullPath($BuildDir)
$StageDir = Join-Path $BuildDir 'stage'
$DepsDir = Join-Path $BuildDir '_deps'
# The integration tier and the GUI tier need the real Postfix/Dovecot fixture (servers.*).
$TestExclude = '^(integration|gui): |^servers\.'

function Write-Step([string]$Message) { Write-Host "==> $Message" -ForegroundColor Cyan }

# Native commands do not throw on failure: check every exit code.
function Invoke-Checked {
    param([Parameter(Mandatory = $true)][string]$FilePath, [string[]]$ArgumentList = @())
    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath failed with exit code $LASTEXITCODE" }
}

function Find-Tool([string]$Name, [string[]]$Candidates = @()) {
    $cmd = Get-Command $Name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    foreach ($c in $Candidates) { if ($c -and (Test-Path $c)) { return $c } }
    return $null
}

function Enter-VsDevEnvironment {
    if (Get-Command cl.exe -ErrorAction SilentlyContinue) { return }
    $vswhere = Join-Path ${env:ProgramFiles(x86)} 'Microsoft Visual Studio\Installer\vswhere.exe'
    if (-not (Test-Path $vswhere)) { throw 'vswhere.exe not found: install Visual Studio 2022 Build Tools (Desktop development with C++).' }
    $vs = & $vswhere -latest -products * -version '[17.0,18.0)' `
        -requires Microsoft.VisualStudio.Component.VC.Tools.x86.x64 -property installationPath
    if (-not $vs) { throw 'No Visual Studio 2022 with the MSVC x64 tools found (workload: Desktop development with C++).' }
    Import-Module (Join-Path $vs 'Common7\Tools\Microsoft.VisualStudio.DevShell.dll')
    Enter-VsDevShell -VsInstallPath $vs -SkipAutomaticLocation -DevCmdArguments '-arch=x64 -host_arch=x64 -no_logo' | Out-Null
    if (-not (Get-Command cl.exe -ErrorAction SilentlyContinue)) { throw 'cl.exe still not on PATH after entering the VS developer environment.' }
}

function Get-CacheValue([string]$Name) {
    $line = Select-String -Path (Join-Path $BuildDir 'CMakeCache.txt') -Pattern "^$([regex]::Escape($Name)):[A-Z]+=(.*)$" | Select-Object -First 1
    if ($line) { return $line.Matches[0].Groups[1].Value }
    return ''
}

# --- 1. toolchain ---------------------------------------------------------------------
Write-Step 'Visual Studio 2022 developer environment (x64)'
Enter-VsDevEnvironment

$cmake = Find-Tool 'cmake.exe'
$ninja = Find-Tool 'ninja.exe'
if (-not $cmake) { throw 'cmake.exe not found: winget install Kitware.CMake (or the VS "C++ CMake tools" component).' }
if (-not $ninja) { throw 'ninja.exe not found: winget install Ninja-build.Ninja (or the VS "C++ CMake tools" component).' }
# ctest and cpack from the same CMake (Chocolatey has an unrelated cpack.exe shim).
$ctest = Join-Path (Split-Path $cmake) 'ctest.exe'
$cpack = Join-Path (Split-Path $cmake) 'cpack.exe'

$CMakeArgs = @('-S', $SourceDir, '-B', $BuildDir, '-G', 'Ninja', "-DCMAKE_BUILD_TYPE=$Config")
$PrefixPath = @()
$RuntimePath = @()   # DLL directories the build-tree executables need (Qt, OpenSSL)

if ($VcpkgRoot) {
    $toolchain = Join-Path $VcpkgRoot 'scripts\buildsystems\vcpkg.cmake'
    if (-not (Test-Path $toolchain)) { throw "No vcpkg toolchain at $toolchain" }
    $CMakeArgs += "-DCMAKE_TOOLCHAIN_FILE=$toolchain", '-DVCPKG_TARGET_TRIPLET=x64-windows'
    $vcpkgInstalled = Join-Path $VcpkgRoot 'installed\x64-windows'
    $RuntimePath += (Join-Path $vcpkgInstalled 'bin')
    if (-not $OpenSslDir) { $OpenSslDir = $vcpkgInstalled }
} else {
    if (-not $QtDir) {
        $QtDir = Get-ChildItem 'C:\Qt' -Directory -ErrorAction SilentlyContinue |
            Where-Object { $_.Name -match '^6\.\d+\.\d+$' } |
            Sort-Object { [version]$_.Name } -Descending |
            ForEach-Object { Join-Path $_.FullName 'msvc2022_64' } |
            Where-Object { Test-Path $_ } | Select-Object -First 1
        if (-not $QtDir) { throw 'No Qt found: pass -QtDir C:\Qt\6.x.y\msvc2022_64 (or -VcpkgRoot).' }
    }
    if (-not (Test-Path (Join-Path $QtDir 'lib\cmake\Qt6\Qt6Config.cmake'))) { throw "$QtDir is not a Qt 6 kit (no lib\cmake\Qt6)." }
    $PrefixPath += $QtDir
    $RuntimePath += (Join-Path $QtDir 'bin')
    if (-not $OpenSslDir) {
        $OpenSslDir = @('C:\Qt\Tools\OpenSSLv3\Win_x64', 'C:\Program Files\OpenSSL-Win64') |
            Where-Object { Test-Path (Join-Path $_ 'include\openssl\ssl.h') } | Select-Object -First 1
    }
}
if (-not $OpenSslDir -or -not (Test-Path $OpenSslDir)) {
    throw 'No OpenSSL 3 found: pass -OpenSslDir (the Qt Maintenance Tool''s "OpenSSL 3 Toolkit" installs C:\Qt\Tools\OpenSSLv3\Win_x64).'
}
$CMakeArgs += "-DOPENSSL_ROOT_DIR=$OpenSslDir"
$RuntimePath += (Join-Path $OpenSslDir 'bin')
Write-Host "Qt: $(if ($VcpkgRoot) { "vcpkg ($VcpkgRoot)" } else { $QtDir })  OpenSSL: $OpenSslDir"

# The build-tree executables (and catch_discover_tests, which runs the test programs right
# after linking them) need the Qt and OpenSSL DLLs; the staged install does not.
$env:PATH = (($RuntimePath | Where-Object { Test-Path $_ }) -join ';') + ';' + $env:PATH
New-Item -ItemType Directory -Force -Path $BuildDir, $DepsDir | Out-Null

# --- 2. icon -------------------------------------------------------------------------------
Write-Step 'Icon: mailfix.svg -> mailfix.ico'
$magick = Find-Tool 'magick.exe'
if ($magick) {
    $ico = Join-Path $BuildDir 'mailfix.ico'
    # -density before the input rasterises the 128-px SVG sharply; auto-resize writes all sizes.
    Invoke-Checked $magick @('-background', 'none', '-density', '384', (Join-Path $SourceDir 'resources\icons\mailfix.svg'),
        '-define', 'icon:auto-resize=256,128,64,48,32,24,16', $ico)
    $CMakeArgs += "-DMAILFIX_WINDOWS_ICON=$ico"
} else {
    Write-Warning 'ImageMagick (magick.exe) not found: mailfix.exe gets version information but no icon (winget install ImageMagick.ImageMagick).'
}

# --- 3. Catch2 v2 ------------------------------------------------------------------------------
if ($SkipTests) {
    $CMakeArgs += '-DMAILFIX_BUILD_TESTS=OFF'
} else {
    if (-not (Get-Command python.exe -ErrorAction SilentlyContinue) -and -not (Get-Command py.exe -ErrorAction SilentlyContinue)) {
        throw 'Python 3 not found: the test configuration needs it (winget install Python.Python.3.12), or pass -SkipTests.'
    }
    if (-not $Catch2Dir) {
        # vcpkg's and most other Catch2 packages are v3, which has no catch2/catch.hpp.
        $catchSrc = Join-Path $DepsDir 'catch2-src'
        $catchPrefix = Join-Path $DepsDir 'catch2'
        $Catch2Dir = Join-Path $catchPrefix 'lib\cmake\Catch2'
        if (-not (Test-Path (Join-Path $Catch2Dir 'Catch2Config.cmake'))) {
            Write-Step 'Catch2 v2.13.10 (header-only) into the build directory'
            $git = Find-Tool 'git.exe'
            if (-not $git) { throw 'git not found: needed to fetch Catch2 v2 (or pass -Catch2Dir, or -SkipTests).' }
            if (-not (Test-Path $catchSrc)) {
                Invoke-Checked $git @('clone', '--quiet', '--depth', '1', '--branch', 'v2.13.10', 'https://github.com/catchorg/Catch2.git', $catchSrc)
            }
            Invoke-Checked $cmake @('-S', $catchSrc, '-B', (Join-Path $DepsDir 'catch2-build'), '-G', 'Ninja',
                "-DCMAKE_INSTALL_PREFIX=$catchPrefix", '-DCATCH_BUILD_TESTING=OFF', '-DCATCH_INSTALL_DOCS=OFF',
                '-DCMAKE_POLICY_VERSION_MINIMUM=3.5')
            Invoke-Checked $cmake @('--install', (Join-Path $DepsDir 'catch2-build'))
        }
    }
    $CMakeArgs += '-DMAILFIX_BUILD_TESTS=ON', "-DCatch2_DIR=$Catch2Dir"
}
if ($PrefixPath.Count -gt 0) { $CMakeArgs += "-DCMAKE_PREFIX_PATH=$($PrefixPath -join ';')" }

# --- 4. configure and build -------------------------------------------------------------------
Write-Step "Configure ($Config)"
Invoke-Checked $cmake $CMakeArgs
Write-Step 'Build'
Invoke-Checked $cmake @('--build', $BuildDir, '--parallel')

# --- 5. tests ------------------------------------------------------------------------------------
if (-not $SkipTests) {
    Write-Step 'Tests: unit and hostile (integration and GUI tiers need Postfix/Dovecot: skipped)'
    # The hostile tier makes its test certificate with the openssl command.
    $opensslExe = Find-Tool 'openssl.exe' @((Join-Path $OpenSslDir 'bin\openssl.exe'),
        $(if ($VcpkgRoot) { Join-Path $VcpkgRoot 'installed\x64-windows\tools\openssl\openssl.exe' } else { '' }),
        'C:\Program Files\Git\usr\bin\openssl.exe')
    if (-not $opensslExe) { throw 'openssl.exe not found: the hostile tests need it to make their certificate (or pass -SkipTests).' }
    $env:PATH = (Split-Path $opensslExe) + ';' + $env:PATH
    Invoke-Checked $ctest @('--test-dir', $BuildDir, '--output-on-failure', '--timeout', '300', '-E', $TestExclude)
}

# --- 6. install, deploy, smoke test -------------------------------------------------------
Write-Step "Install into $StageDir"
if (Test-Path $StageDir) { Remove-Item -Recurse -Force $StageDir }
Invoke-Checked $cmake @('--install', $BuildDir, '--prefix', $StageDir)
$deployAtInstall = (Get-CacheValue 'MAILFIX_QT_DEPLOY_AT_INSTALL') -eq 'ON'
$stageBin = Join-Path $StageDir 'bin'
if (-not $deployAtInstall) {
    # Qt < 6.5: no deploy script, so run windeployqt by hand.
    Write-Step 'windeployqt (Qt < 6.5)'
    $windeployqt = Find-Tool 'windeployqt.exe' @($(if ($QtDir) { Join-Path $QtDir 'bin\windeployqt.exe' } else { '' }),
        $(if ($VcpkgRoot) { Join-Path $VcpkgRoot 'installed\x64-windows\tools\Qt6\bin\windeployqt.exe' } else { '' }))
    if (-not $windeployqt) { throw 'windeployqt.exe not found next to Qt.' }
    $mode = if ($Config -eq 'Debug') { '--debug' } else { '--release' }
    Invoke-Checked $windeployqt @($mode, '--no-compiler-runtime', (Join-Path $stageBin 'mailfix.exe'), (Join-Path $stageBin 'mailfix-cli.exe'))
}
foreach ($dll in 'libcrypto-3-x64.dll', 'libssl-3-x64.dll', 'Qt6Core.dll', 'Qt6Network.dll', 'Qt6Widgets.dll', 'platforms\qwindows.dll', 'tls\qopensslbackend.dll') {
    if (-not (Test-Path (Join-Path $stageBin $dll))) { Write-Warning "$dll is missing from $stageBin" }
}

Write-Step 'Smoke test: staged mailfix-cli with only the Windows directories on PATH'
$savedPath = $env:PATH
try {
    $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
    Invoke-Checked (Join-Path $stageBin 'mailfix-cli.exe') @('--version')
} finally {
    $env:PATH = $savedPath
}

# --- 7. signing ------------------------------------------------------------------------------------
function Invoke-Sign([string[]]$Files) {
    if (-not $SignThumbprint) { return }
    $signtool = Find-Tool 'signtool.exe'
    if (-not $signtool) { throw 'signtool.exe not found (Windows SDK).' }
    Invoke-Checked $signtool (@('sign', '/sha1', $SignThumbprint, '/fd', 'SHA256', '/tr', $TimestampUrl, '/td', 'SHA256') + $Files)
}
# cpack installs from the build tree again, so sign there (and in the stage for the ZIP of Qt < 6.5).
Invoke-Sign @((Join-Path $BuildDir 'app\wizard\mailfix.exe'), (Join-Path $BuildDir 'app\cli\mailfix-cli.exe'),
              (Join-Path $stageBin 'mailfix.exe'), (Join-Path $stageBin 'mailfix-cli.exe'))

# --- 8. packages -----------------------------------------------------------------------------------
if ($SkipPackage) { return }
$outDir = Join-Path $BuildDir 'packages'
New-Item -ItemType Directory -Force -Path $outDir | Out-Null
if ($deployAtInstall) {
    $generators = 'ZIP'
    $makensis = Find-Tool 'makensis.exe' @('C:\Program Files (x86)\NSIS\makensis.exe', 'C:\Program Files\NSIS\makensis.exe')
    if ($makensis) {
        $env:PATH = (Split-Path $makensis) + ';' + $env:PATH
        $generators = 'NSIS;ZIP'
    } else {
        Write-Warning 'NSIS (makensis.exe) not found: ZIP only (winget install NSIS.NSIS).'
    }
    Write-Step "cpack -G $generators"
    Invoke-Checked $cpack @('--config', (Join-Path $BuildDir 'CPackConfig.cmake'), '-G', $generators, '-B', $outDir)
    Invoke-Sign @(Get-ChildItem $outDir -Filter 'Mailfix-*.exe' | ForEach-Object { $_.FullName })
} else {
    # cpack would package the undeployed install tree: zip the deployed stage instead.
    $version = (Select-String -Path (Join-Path $BuildDir 'CPackConfig.cmake') -Pattern '^set\(CPACK_PACKAGE_VERSION "([^"]+)"\)').Matches[0].Groups[1].Value
    $zip = Join-Path $outDir "Mailfix-$version-win64.zip"
    Write-Step "ZIP of the stage (Qt < 6.5: no NSIS installer) -> $zip"
    Compress-Archive -Path (Join-Path $StageDir '*') -DestinationPath $zip -Force
}
Write-Step "Done: $outDir"
Get-ChildItem $outDir -File | Where-Object { $_.Extension -in '.exe', '.zip' } | ForEach-Object { Write-Host "  $($_.FullName)" }
