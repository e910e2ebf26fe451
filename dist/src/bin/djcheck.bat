@echo off
rem djcheck launcher (Windows): runs djcheck.jar beside it with Java 17 or later, found in JAVA_HOME,
rem else on the PATH. Usage: djcheck.bat check examples\reports   (djcheck.bat --help for more)
rem JVM options: set DJCHECK_JAVA_OPTS=-Xmx2g
setlocal EnableExtensions EnableDelayedExpansion

rem UTF-8 console while djcheck runs, so the Chinese it prints shows; the code page is restored at the end
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
set "OLDCP=!OLDCP: =!"
set "OLDCP=!OLDCP:.=!"
chcp 65001 >nul

set "HERE=%~dp0"
set "JAR=%HERE%djcheck.jar"
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo djcheck: 找不到 Java 17 或更高版本。请安装 Java 17 或更高版本（例如 https://adoptium.net ），或将 JAVA_HOME 设为其安装目录，然后重试。 1>&2
  echo djcheck: Java 17 or later was not found ^(no java.exe in JAVA_HOME or on the PATH^). Install Java 17 or later ^(e.g. from https://adoptium.net^), or set JAVA_HOME to where it is installed, and try again. 1>&2
  set "CODE=127"
  goto :end
)

rem "openjdk version "17.0.2" 2022-01-18" / "java version "1.8.0_292"": the third word, without quotes
set "JVER="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JVER set "JVER=%%~v"
set "MAJOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("!JVER!") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
set /a MAJORNUM=MAJOR 2>nul
if defined MAJOR if !MAJORNUM! GTR 0 if !MAJORNUM! LSS 17 (
  echo djcheck: !JAVA! 是 Java !JVER!，版本太旧。djcheck 需要 Java 17 或更高版本：请安装新版本（例如 https://adoptium.net ），或将 JAVA_HOME 设为其安装目录。 1>&2
  echo djcheck: !JAVA! is Java !JVER!, too old. djcheck needs Java 17 or later: install it ^(e.g. from https://adoptium.net^), or set JAVA_HOME to where it is installed. 1>&2
  set "CODE=127"
  goto :end
)

if not exist "!JAR!" (
  echo djcheck: 找不到 !JAR!；请重新解压完整的 djcheck 压缩包。 1>&2
  echo djcheck: !JAR! is missing; unzip the whole djcheck archive again. 1>&2
  set "CODE=127"
  goto :end
)

rem The JIT: C1 only, as in the sh launcher: djcheck's runs are too short for the optimising compiler (C2)
rem to pay back (measured there: 0.6x the CPU for one file, 0.5x for 2,160 files). To bring C2 back:
rem set DJCHECK_JAVA_OPTS=-XX:TieredStopAtLevel=4   (it comes later, so it wins)
set "JIT=-XX:TieredStopAtLevel=1"
rem the server runs long enough for C2 and keeps it (here: when serve is the first word)
if /i "%~1"=="serve" set "JIT="

if "%~1"=="" (
  rem double-clicked: show the help and keep the window open
  "%JAVA%" %JIT% %DJCHECK_JAVA_OPTS% -jar "%JAR%" --help
  echo.
  echo 在此文件夹打开命令提示符，输入例如：djcheck.bat check examples\reports
  echo Open a command prompt in this folder and type e.g.: djcheck.bat check examples\reports
  pause
  set "CODE=0"
  goto :end
)

"%JAVA%" %JIT% %DJCHECK_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"

:end
if defined OLDCP chcp !OLDCP! >nul
endlocal & exit /b %CODE%
