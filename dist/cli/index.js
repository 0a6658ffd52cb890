#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 9461:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(2124), exports);
__exportStar(__nccwpck_require__(4115), exports);


/***/ }),

/***/ 2124:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 3995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(3024);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(7598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __nccwpck_require__(11);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __nccwpck_require__(2986);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __nccwpck_require__(8726);
// EXTERNAL MODULE: ./src/migrations/read.ts
var read = __nccwpck_require__(3193);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __nccwpck_require__(308);
// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __nccwpck_require__(340);
// EXTERNAL MODULE: ./src/sql/ddl.ts
var ddl = __nccwpck_require__(7540);
// EXTERNAL MODULE: ./src/sql/functions.ts
var functions = __nccwpck_require__(4241);
// EXTERNAL MODULE: ./src/sql/relation.ts
var relation = __nccwpck_require__(5490);
;// CONCATENATED MODULE: ./src/sql/model.ts


/**
 * The schema as the migrations build it, statement by statement: which tables, indexes,
 * policies and RLS flags exist, and whether each was made by this change or before it.
 * Relations pgmig never saw created (made outside the migrations folder) count as existing.
 */
class SchemaModel {
    tables = new Map();
    indexes = new Map();
    /** Functions and procedures with their SECURITY DEFINER / search_path settings. */
    functions = new functions/* FunctionCatalog */.Q7();
    /** Everything made so far counts as existing from here on (a new, separate change begins). */
    settle() {
        for (const t of this.tables.values()) {
            t.origin = 'base';
            t.rlsEnabledAt = undefined;
        }
        for (const i of this.indexes.values())
            i.origin = 'base';
    }
    table(key) {
        return this.tables.get(key);
    }
    /** True when the relation was created by a file of this change (so nobody else uses it yet). */
    isNew(rv) {
        const key = refKey(rv);
        if (!key)
            return false;
        return (this.tables.get(key)?.origin ?? this.indexes.get(key)?.origin) === 'change';
    }
    isExisting(rv) {
        return !!refKey(rv) && !this.isNew(rv);
    }
    /** Folds one statement's effects into the model. */
    apply(stmt, origin, file) {
        const n = stmt.node;
        const at = { file, stmt };
        this.functions.apply(stmt);
        switch (stmt.kind) {
            case 'CreateStmt': {
                this.create((0,relation/* relationOf */.Ke)(n.relation), origin, at, false, !!n.if_not_exists);
                const t = this.tables.get((0,relation/* keyOf */.TN)(n.relation) ?? '');
                if (n.partbound && t?.createdAt === at)
                    t.partitionOf = (0,relation/* keyOf */.TN)(n.inhRelations?.[0]?.RangeVar);
                break;
            }
            case 'CreateTableAsStmt':
                this.create((0,relation/* relationOf */.Ke)(n.into?.rel), origin, at, n.objtype === 'OBJECT_MATVIEW', !!n.if_not_exists);
                break;
            case 'IndexStmt': {
                const ref = n.idxname ? { schema: n.relation?.schemaname ?? 'public', name: n.idxname } : undefined;
                if (ref && !(n.if_not_exists && this.indexes.has((0,relation/* relationKey */.Yb)(ref)))) {
                    this.indexes.set((0,relation/* relationKey */.Yb)(ref), { ref, table: (0,relation/* keyOf */.TN)(n.relation), origin });
                }
                break;
            }
            case 'DropStmt':
                this.drop(n);
                break;
            case 'AlterTableStmt':
                this.alterTable(n, origin, at);
                break;
            case 'CreatePolicyStmt': {
                const t = this.ensure((0,relation/* relationOf */.Ke)(n.table));
                if (t && n.policy_name) {
                    t.policies.add(n.policy_name);
                    if (!n.permissive)
                        (t.restrictivePolicies ??= new Set()).add(n.policy_name);
                    else
                        t.restrictivePolicies?.delete(n.policy_name);
                }
                break;
            }
            case 'RenameStmt':
                this.rename(n);
                break;
        }
    }
    create(ref, origin, at, matview, ifNotExists) {
        if (!ref)
            return;
        const key = (0,relation/* relationKey */.Yb)(ref);
        if (ifNotExists && this.tables.has(key))
            return;
        this.tables.set(key, {
            ref,
            origin,
            createdAt: at,
            rlsEnabled: false,
            rlsForced: false,
            policies: new Set(),
            isMaterializedView: matview,
        });
    }
    /** The entry for a table, made up on first mention when pgmig never saw it created. */
    ensure(ref) {
        if (!ref)
            return undefined;
        const key = (0,relation/* relationKey */.Yb)(ref);
        let t = this.tables.get(key);
        if (!t) {
            t = { ref, origin: 'base', rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: false };
            this.tables.set(key, t);
        }
        return t;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    alterTable(n, origin, at) {
        const t = this.ensure((0,relation/* relationOf */.Ke)(n.relation));
        if (!t)
            return;
        for (const c of n.cmds ?? []) {
            switch (c.AlterTableCmd?.subtype) {
                case 'AT_EnableRowSecurity':
                    t.rlsEnabled = true;
                    if (origin === 'change')
                        t.rlsEnabledAt = at;
                    break;
                case 'AT_DisableRowSecurity':
                    t.rlsEnabled = false;
                    t.rlsEnabledAt = undefined;
                    break;
                case 'AT_ForceRowSecurity':
                    t.rlsForced = true;
                    break;
                case 'AT_NoForceRowSecurity':
                    t.rlsForced = false;
                    break;
                case 'AT_AttachPartition':
                case 'AT_DetachPartition': {
                    const child = this.ensure((0,relation/* relationOf */.Ke)(c.AlterTableCmd.def?.PartitionCmd?.name));
                    if (child)
                        child.partitionOf = c.AlterTableCmd.subtype === 'AT_AttachPartition' ? (0,relation/* relationKey */.Yb)(t.ref) : undefined;
                    break;
                }
            }
        }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    drop(n) {
        const objects = n.objects ?? [];
        for (const o of objects) {
            const items = o.List?.items;
            if (n.removeType === 'OBJECT_POLICY') {
                // [schema.]table.policy
                const names = items ?? [];
                const policy = names[names.length - 1]?.String?.sval;
                const table = (0,relation/* relationFromNames */.be)(names.slice(0, -1));
                const t = table && this.tables.get((0,relation/* relationKey */.Yb)(table));
                if (t && policy) {
                    t.policies.delete(policy);
                    t.restrictivePolicies?.delete(policy);
                }
                continue;
            }
            const ref = (0,relation/* relationFromNames */.be)(items);
            if (!ref)
                continue;
            const key = (0,relation/* relationKey */.Yb)(ref);
            if (n.removeType === 'OBJECT_INDEX')
                this.indexes.delete(key);
            else if (n.removeType === 'OBJECT_TABLE' || n.removeType === 'OBJECT_MATVIEW') {
                this.tables.delete(key);
                for (const [k, idx] of this.indexes)
                    if (idx.table === key)
                        this.indexes.delete(k);
            }
        }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    rename(n) {
        const from = (0,relation/* relationOf */.Ke)(n.relation);
        if (!from || !n.newname)
            return;
        const oldKey = (0,relation/* relationKey */.Yb)(from);
        const to = { schema: from.schema, name: n.newname };
        if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_MATVIEW') {
            const t = this.tables.get(oldKey);
            if (!t)
                return;
            this.tables.delete(oldKey);
            t.ref = to;
            this.tables.set((0,relation/* relationKey */.Yb)(to), t);
            for (const idx of this.indexes.values())
                if (idx.table === oldKey)
                    idx.table = (0,relation/* relationKey */.Yb)(to);
        }
        else if (n.renameType === 'OBJECT_INDEX') {
            const i = this.indexes.get(oldKey);
            if (!i)
                return;
            this.indexes.delete(oldKey);
            i.ref = to;
            this.indexes.set((0,relation/* relationKey */.Yb)(to), i);
        }
        else if (n.renameType === 'OBJECT_POLICY') {
            const t = this.tables.get(oldKey);
            if (t && n.subname) {
                t.policies.delete(n.subname);
                t.policies.add(n.newname);
                if (t.restrictivePolicies?.delete(n.subname))
                    t.restrictivePolicies.add(n.newname);
            }
        }
    }
}
function refKey(rv) {
    if (!rv)
        return undefined;
    if ('name' in rv && 'schema' in rv)
        return (0,relation/* relationKey */.Yb)(rv);
    return (0,relation/* keyOf */.TN)(rv);
}

// EXTERNAL MODULE: ./src/sql/session.ts
var sql_session = __nccwpck_require__(2516);
;// CONCATENATED MODULE: ./src/rules/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

;// CONCATENATED MODULE: ./src/rules/squawk-ids.ts
/** Every rule id squawk 2.66 accepts (`squawk --exclude <id>` rejects an unknown one). */
const SQUAWK_RULE_IDS = [
    'adding-field-with-default', 'adding-foreign-key-constraint', 'adding-not-nullable-field',
    'adding-serial-primary-key-field', 'adding-required-field', 'ban-alter-domain-with-add-constraint',
    'ban-char-field', 'ban-concurrent-index-creation-in-transaction', 'ban-create-domain-with-constraint',
    'ban-drop-column', 'ban-drop-database', 'ban-drop-not-null', 'ban-drop-table',
    'ban-duplicate-column-assignments', 'ban-truncate-cascade', 'ban-uncommitted-transaction',
    'changing-column-type', 'constraint-missing-not-valid', 'disallowed-unique-constraint',
    'identifier-too-long', 'prefer-bigint-over-int', 'prefer-bigint-over-smallint', 'prefer-identity',
    'prefer-repack', 'prefer-robust-stmts', 'prefer-text-field', 'prefer-timestamp-tz', 'renaming-column',
    'renaming-table', 'require-concurrent-index-creation', 'require-concurrent-index-deletion',
    'require-concurrent-partition-detach', 'require-concurrent-reindex', 'require-enum-value-ordering',
    'require-table-schema', 'transaction-nesting', 'require-timeout-settings', 'require-lock-timeout',
    'require-statement-timeout',
];

;// CONCATENATED MODULE: ./src/rules/suppress.ts
const DIRECTIVE = /--\s*(pgmig|squawk)-ignore(-file)?\b[ \t]*([^\n]*)/g;
/**
 * Finds the ignore comments between statements (never inside a string or a function body,
 * since those regions are statements). A comment in the gap before a statement covers it.
 */
function findDirectives(parsed) {
    const text = parsed.source.text;
    if (!text.includes('-ignore'))
        return [];
    const out = [];
    const gaps = parsed.statements.map((s) => [s.gapStart, s.start, s.index]);
    gaps.push([parsed.trailingGapStart, text.length, undefined]);
    if (parsed.statements.length === 0)
        gaps[0] = [0, text.length, undefined];
    for (const [from, to, statement] of gaps) {
        const gap = text.slice(from, to);
        if (!gap.includes('-ignore'))
            continue;
        for (const m of gap.matchAll(DIRECTIVE)) {
            const fileWide = !!m[2];
            if (!fileWide && statement === undefined)
                continue;
            const rules = m[3]
                .replace(/--.*$/, '')
                .split(/[\s,]+/)
                .map((r) => r.trim())
                .filter(Boolean);
            const pos = parsed.source.position(from + m.index);
            out.push({
                line: pos.line,
                column: pos.column,
                endColumn: pos.column + m[0].trimEnd().length,
                fileWide,
                rules,
                statement: fileWide ? undefined : statement,
                used: new Set(),
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/engine.ts







/**
 * One pass over every statement of every file, in migration order. Each statement is shown to
 * the rules that registered for its node type with the model as it stood just before it; then
 * its effects are folded into the model and the session.
 */
class Engine {
    config;
    active;
    byKind = new Map();
    wildcard = [];
    known;
    /** Alias id -> the rule ids it stands for (Rule.aliasOf). */
    aliases = new Map();
    constructor(rules, config) {
        this.config = config;
        this.known = new Set(rules.map((r) => r.id));
        for (const r of rules)
            if (r.aliasOf)
                this.aliases.set(r.id, r.aliasOf);
        this.active = [];
        for (const rule of rules) {
            // a rule's own setting wins over an alias that includes it
            const override = config.rules[rule.id] ?? aliasSetting(this.aliases, config, rule.id);
            if (override === 'off' || (rule.optIn && !override))
                continue;
            const active = { rule, severity: override ?? rule.severity };
            this.active.push(active);
            for (const [kind, visit] of Object.entries(rule.visit ?? {})) {
                if (kind === '*')
                    this.wildcard.push({ rule: active, visit });
                else {
                    let list = this.byKind.get(kind);
                    if (!list)
                        this.byKind.set(kind, (list = []));
                    list.push({ rule: active, visit });
                }
            }
        }
    }
    isActive(id) {
        return this.active.some((a) => a.rule.id === id);
    }
    /**
     * `eachFileIsAChange`: when linting a whole folder, every file is checked as the change it was
     * when it was merged, with the files before it as existing schema.
     */
    run(inputs, directory, base, eachFileIsAChange = false) {
        const model = new SchemaModel();
        const raw = [];
        const linted = [];
        const severityOf = new Map(this.active.map((a) => [a.rule.id, a.severity]));
        const sources = new Map();
        const byPath = new Map();
        let changeFiles = [];
        const emit = (rule, file, span, message, opts, statement) => {
            const severity = severityOf.get(rule.id);
            if (!severity)
                return;
            raw.push({
                rule: rule.id,
                severity,
                file: file.path,
                ...span,
                message,
                help: opts?.help ?? rule.docs.instead,
                statement,
            });
        };
        const projectContext = (rule, files) => ({
            config: this.config,
            model,
            files,
            directory,
            base,
            report: (at, message, opts) => {
                const f = byPath.get(at.file);
                if (f && at.stmt)
                    emit(rule, f, spanOf(f.parsed, at.stmt, opts?.location), message, opts, at.stmt.index);
                else if (f)
                    emit(rule, f, at.line ? lineSpan(f.parsed, at.line) : firstLine(f.parsed), message, opts);
                else
                    emit(rule, { path: at.file }, { line: 1, column: 1, endLine: 1, endColumn: 1 }, message, opts);
            },
        });
        const endChange = (files) => {
            for (const { rule } of this.active)
                if (rule.endChange)
                    rule.endChange(projectContext(rule, files));
        };
        for (const input of inputs) {
            const { parsed } = input;
            if (!input.lint) {
                for (const stmt of parsed.statements)
                    model.apply(stmt, 'base', input.entry.path);
                continue;
            }
            if ((eachFileIsAChange || input.ownChange) && changeFiles.length > 0) {
                endChange(changeFiles);
                changeFiles = [];
                model.settle();
            }
            const file = { path: input.entry.path, absPath: input.entry.absPath, entry: input.entry, parsed };
            linted.push(file);
            byPath.set(file.path, file);
            changeFiles.push(file);
            sources.set(file.path, parsed.source);
            if (parsed.error && severityOf.has('syntax-error')) {
                const pos = parsed.source.position(parsed.error.index);
                // one character wide, unless the error is at the end of a line (end of input)
                const lineEnd = [...parsed.source.lineText(pos.line)].length + 1;
                raw.push({
                    rule: 'syntax-error',
                    severity: severityOf.get('syntax-error'),
                    file: file.path,
                    line: pos.line,
                    column: pos.column,
                    endLine: pos.line,
                    endColumn: Math.min(pos.column + 1, Math.max(lineEnd, pos.column)),
                    message: parsed.error.message,
                    help: 'Fix the SQL so PostgreSQL can parse it; pgmig checks the other statements of the file as well as it can.',
                });
            }
            const session = new sql_session/* SessionState */.Yj(this.config.assumeInTransaction);
            const states = new Map();
            const stateOf = (id) => {
                let s = states.get(id);
                if (!s)
                    states.set(id, (s = {}));
                return s;
            };
            for (const stmt of parsed.statements) {
                const handlers = this.byKind.get(stmt.kind);
                if (handlers || this.wildcard.length > 0) {
                    // one context per statement, pointed at each rule in turn (visitors run synchronously)
                    let current = undefined;
                    let locks;
                    let actions;
                    const ctx = {
                        file,
                        stmt,
                        config: this.config,
                        model,
                        session,
                        // computed on first use: most statements reach no rule that asks for locks
                        get locks() {
                            return (locks ??= (0,sql_locks/* locksOf */.aZ)(stmt, model).map((l) => ({ ...l, existing: model.isExisting(l.relation) })));
                        },
                        get state() {
                            return stateOf(current.rule.id);
                        },
                        isExisting: (rel) => model.isExisting(rel),
                        isNew: (rel) => model.isNew(rel),
                        // a token scan: only for the statements a rule reports on
                        actionLocation: (index) => (actions ??= (0,ddl/* alterTableActionLocations */.XF)(stmt, parsed.source) ?? [])[index],
                        report: (message, opts) => emit(current.rule, file, spanOf(parsed, stmt, opts?.location), message, opts, stmt.index),
                    };
                    for (const w of this.wildcard) {
                        current = w.rule;
                        w.visit(stmt.node, ctx);
                    }
                    if (handlers) {
                        for (const h of handlers) {
                            current = h.rule;
                            h.visit(stmt.node, ctx);
                        }
                    }
                }
                model.apply(stmt, 'change', file.path);
                session.apply(stmt);
            }
            for (const { rule } of this.active) {
                if (!rule.endFile)
                    continue;
                const ctx = {
                    file,
                    config: this.config,
                    model,
                    state: stateOf(rule.id),
                    report: (message, opts) => emit(rule, file, opts?.stmt ? spanOf(parsed, opts.stmt, opts.location) : firstLine(parsed), message, opts, opts?.stmt?.index),
                };
                rule.endFile(ctx);
            }
        }
        if (changeFiles.length > 0)
            endChange(changeFiles);
        for (const { rule } of this.active)
            if (rule.endProject)
                rule.endProject(projectContext(rule, linted));
        const findings = this.suppress(raw, linted, severityOf);
        findings.sort(compareFindings);
        const errors = findings.filter((f) => f.severity === 'error').length;
        return {
            findings,
            summary: { files: linted.length, errors, warnings: findings.length - errors },
            sources,
        };
    }
    /** Drops silenced findings and reports ignore comments that silenced nothing. */
    suppress(raw, files, severityOf) {
        const directives = new Map();
        // per file, the directives that cover each statement (-1: the file-wide ones), so a file
        // with an ignore comment before every statement is not checked finding by directive
        const covering = new Map();
        for (const f of files) {
            const d = findDirectives(f.parsed);
            if (!d.length)
                continue;
            directives.set(f.path, d);
            const byStatement = new Map();
            for (const x of d) {
                const key = x.fileWide ? -1 : x.statement;
                if (key === undefined)
                    continue;
                let list = byStatement.get(key);
                if (!list)
                    byStatement.set(key, (list = []));
                list.push(x);
            }
            covering.set(f.path, byStatement);
        }
        const kept = [];
        for (const finding of raw) {
            const byStatement = covering.get(finding.file);
            let silenced = false;
            if (byStatement && finding.rule !== 'syntax-error') {
                const ds = [...(byStatement.get(-1) ?? []), ...(finding.statement === undefined ? [] : (byStatement.get(finding.statement) ?? []))];
                for (const d of ds) {
                    const named = d.rules.find((r) => r === finding.rule || this.aliases.get(r)?.includes(finding.rule));
                    if (!named)
                        continue;
                    d.used.add(named);
                    silenced = true;
                }
            }
            if (!silenced) {
                const { statement: _s, ...rest } = finding;
                kept.push(rest);
            }
        }
        const unusedSeverity = severityOf.get('unused-ignore');
        if (unusedSeverity) {
            for (const [file, ds] of directives) {
                for (const d of ds) {
                    const what = d.fileWide ? 'this file' : 'the next statement';
                    if (d.rules.length === 0) {
                        kept.push(this.unused(file, d, unusedSeverity, 'ignore comment names no rule; list the rule ids to silence'));
                    }
                    for (const r of d.rules) {
                        if (!this.known.has(r)) {
                            if (isSquawkOnly(r))
                                continue;
                            kept.push(this.unused(file, d, unusedSeverity, `ignore names unknown rule "${r}" (run \`pgmig rules\` for the list)`));
                        }
                        else if (!d.used.has(r) && (severityOf.has(r) || (this.aliases.get(r) ?? []).some((id) => severityOf.has(id)))) {
                            kept.push(this.unused(file, d, unusedSeverity, `ignore for ${r} silenced nothing in ${what}; remove it`));
                        }
                    }
                }
            }
        }
        return kept;
    }
    unused(file, d, severity, message) {
        return {
            rule: 'unused-ignore',
            severity,
            file,
            line: d.line,
            column: d.column,
            endLine: d.line,
            endColumn: d.endColumn,
            message,
            help: 'Remove the ignore comment, or correct the rule id, so it cannot hide a future problem.',
        };
    }
}
/** The setting config gives an alias (require-timeout-settings) that stands for this rule, if any. */
function aliasSetting(aliases, config, id) {
    for (const [alias, ids] of aliases)
        if (ids.includes(id) && config.rules[alias])
            return config.rules[alias];
    return undefined;
}
/** squawk rules pgmig does not implement yet: ignoring them is harmless, not a mistake. */
function isSquawkOnly(id) {
    return SQUAWK_RULES.has(id);
}
const SQUAWK_RULES = new Set(SQUAWK_RULE_IDS);
function spanOf(parsed, stmt, location) {
    const startIdx = location !== undefined && location >= 0 ? parsed.source.indexOfByte(stmt.byteBase + location) : stmt.start;
    const start = parsed.source.position(Math.max(startIdx, stmt.start));
    const end = parsed.source.position(stmt.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function firstLine(parsed) {
    return lineSpan(parsed, 1);
}
function lineSpan(parsed, line) {
    const text = parsed.source.lineText(line);
    return { line, column: 1, endLine: line, endColumn: [...text].length + 1 };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 60 modules
var rules = __nccwpck_require__(6439);
// EXTERNAL MODULE: ./src/sql/parse.ts + 1 modules
var parse = __nccwpck_require__(5862);
;// CONCATENATED MODULE: ./src/commands/lint.ts











async function runLint(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, rules/* RULE_IDS */.Iu);
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const explicit = (opts.files ?? []).map((f) => (0,external_node_path_.resolve)(cwd, f));
    for (const f of explicit)
        checkReadable(f, (0,external_node_path_.relative)(cwd, f) || f);
    if (explicit.length > 0 && opts.changedSince) {
        throw new errors/* UserError */.y('give either files or --changed-since, not both');
    }
    // the folders whose files give context: the configured ones, plus those of the given files
    const scanDirs = [...new Set([...dirs.filter((d) => (0,external_node_fs_.existsSync)(d)), ...explicit.map((f) => (0,external_node_path_.dirname)(f))])];
    if (explicit.length === 0) {
        const missing = dirs.find((d) => !(0,external_node_fs_.existsSync)(d));
        if (missing) {
            throw new errors/* UserError */.y(`migrations folder ${(0,external_node_path_.relative)(cwd, missing) || missing} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
        }
    }
    const directory = (0,discover/* discoverMigrations */.lF)(cwd, scanDirs.map((d) => (0,external_node_path_.relative)(cwd, d) || '.'), config.placeholder);
    const byAbs = new Map(directory.map((e) => [e.absPath, e]));
    const entryOf = (abs) => byAbs.get(abs) ?? (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), config.placeholder);
    let lintSet;
    let base;
    if (opts.changedSince) {
        const found = changedSince(cwd, opts.changedSince, scanDirs, config.placeholder);
        base = found.base;
        lintSet = new Set(found.changed.filter((p) => p.endsWith('.sql') && (0,external_node_fs_.existsSync)(p)));
    }
    else if (explicit.length > 0) {
        lintSet = new Set(explicit);
    }
    else {
        lintSet = new Set(directory.map((e) => e.absPath));
    }
    const inputs = await orderInputs(directory, [...lintSet].map(entryOf), lintSet, explicit.length > 0);
    const engine = new Engine(rules/* RULES */.y0, config);
    const wholeFolder = !opts.changedSince && explicit.length === 0;
    const result = engine.run(inputs, directory, base, wholeFolder);
    return { result, config };
}
function checkReadable(abs, shown) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.y(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code}`);
    }
    if (st.isDirectory())
        throw new errors/* UserError */.y(`${shown} is a directory; pass migration files, or no files to lint the configured folder`);
}
/**
 * Puts files in the order the migrations run. Context files (not linted) come before the
 * linted ones they precede; with explicit files only lower versions are context. Undo files
 * are linted last, newest first, against the state the forward migrations leave.
 */
async function orderInputs(directory, lintEntries, lintSet, explicitFiles) {
    await (0,parse/* ensureParser */._U)();
    const named = (e) => ((0,migrations_name/* isNameProblem */.$d)(e.name) ? undefined : e.name);
    const highest = lintEntries
        .map(named)
        .filter((n) => !!n && n.kind === 'versioned')
        .sort(migrations_name/* compareMigrations */.hI)
        .pop();
    const forward = [];
    const undo = [];
    const invalid = [];
    const seen = new Set();
    for (const e of [...directory, ...lintEntries]) {
        if (seen.has(e.absPath))
            continue;
        seen.add(e.absPath);
        const lint = lintSet.has(e.absPath);
        const n = named(e);
        if (!n) {
            if (lint)
                invalid.push(e);
            continue;
        }
        if (n.kind === 'undo' || n.kind === 'pending-undo') {
            if (lint)
                undo.push(e);
            continue;
        }
        if (!lint && explicitFiles) {
            // only what runs before the newest linted migration is context
            if (n.kind !== 'versioned' || !highest || (0,migrations_name/* compareMigrations */.hI)(n, highest) >= 0)
                continue;
        }
        forward.push(e);
    }
    forward.sort((a, b) => (0,migrations_name/* compareMigrations */.hI)(named(a), named(b)));
    undo.sort((a, b) => -(0,migrations_name/* compareMigrations */.hI)(named(a), named(b)));
    return [...forward, ...invalid, ...undo].map((entry) => ({
        entry,
        parsed: (0,read/* readMigration */.V)(entry.absPath, entry.path),
        lint: lintSet.has(entry.absPath),
        ownChange: isUndo(entry),
    }));
}
/**
 * The migrations changed since the merge base with `ref`, and what the numbering rules compare
 * with: the migrations in `ref`'s own tree (newer than the merge base, so a version taken on the
 * base branch after this branch started still counts), and the base migrations this branch
 * changed or deleted (relative to the merge base: what the branch itself did).
 */
function changedSince(cwd, ref, dirs, placeholder) {
    const root = (0,git/* repoRoot */.jv)(cwd);
    const { name, commit: tip } = (0,git/* resolveRef */.qE)(root, ref);
    const commit = (0,git/* mergeBase */.wu)(root, name);
    // git reports real paths; the working directory may reach the repository through a symlink
    const realCwd = (0,external_node_fs_.realpathSync)(cwd);
    const toRepo = (abs) => (0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(abs)).split(external_node_path_.sep).join('/') || '.';
    const fromRepo = (p) => (0,external_node_path_.resolve)(cwd, (0,external_node_path_.relative)(realCwd, (0,external_node_path_.resolve)(root, p)));
    const rel = dirs.map(toRepo);
    if (rel.some((r) => r === '..' || r.startsWith('../'))) {
        const outside = dirs[rel.findIndex((r) => r === '..' || r.startsWith('../'))];
        throw new errors/* UserError */.y(`--changed-since: migrations folder ${(0,external_node_path_.relative)(cwd, outside) || outside} is outside the git repository at ${root}`);
    }
    const entryAt = (p) => {
        const abs = fromRepo(p);
        return (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), placeholder);
    };
    const sql = (p) => p.endsWith('.sql');
    const onMergeBase = new Set((0,git/* filesAt */.Tl)(root, commit, rel).filter(sql));
    const baseFiles = (0,git/* filesAt */.Tl)(root, tip, rel).filter(sql).map(entryAt);
    const modified = [];
    const deleted = [];
    const changed = [];
    const changes = (0,git/* changesSince */.sR)(root, commit, rel).filter((c) => sql(c.path));
    // a base migration moved to another folder unchanged: Flyway finds it by name and checksum,
    // so it is neither deleted nor new
    const moved = new Set();
    for (const d of changes.filter((c) => c.status === 'D' && onMergeBase.has(c.path))) {
        const to = changes.find((a) => a.status === 'A' && !moved.has(a.path) && (0,external_node_path_.basename)(a.path) === (0,external_node_path_.basename)(d.path));
        if (to && (0,git/* sameContent */.Cm)(root, commit, d.path, to.path))
            moved.add(d.path).add(to.path);
    }
    for (const c of changes) {
        if (moved.has(c.path))
            continue;
        if (c.status === 'D') {
            if (onMergeBase.has(c.path))
                deleted.push(entryAt(c.path).path);
            continue;
        }
        changed.push(fromRepo(c.path));
        if (c.status === 'M' && onMergeBase.has(c.path))
            modified.push(entryAt(c.path).path);
    }
    return { changed, base: { ref: name, commit, files: baseFiles, modified, deleted } };
}
function isUndo(e) {
    return !(0,migrations_name/* isNameProblem */.$d)(e.name) && (e.name.kind === 'undo' || e.name.kind === 'pending-undo');
}

;// CONCATENATED MODULE: ./src/commands/rules.ts




function listRules(json) {
    const rows = rules/* RULES */.y0.map((r) => ({ id: r.id, severity: r.optIn ? 'off' : r.severity, why: r.docs.why }));
    if (json)
        return JSON.stringify(rows, null, 2) + '\n';
    const width = Math.max(...rows.map((r) => r.id.length));
    return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.why)}`).join('\n') + '\n';
}
function explainRule(id) {
    const rule = (0,rules/* findRule */.Il)(id);
    if (!rule) {
        const near = rules/* RULES */.y0.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split('-').slice(0, 2).join('-')));
        throw new errors/* UserError */.y(`unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; \`pgmig rules\` lists them`);
    }
    const d = rule.docs;
    const out = [`${rule.id} (default: ${rule.optIn ? 'off' : rule.severity})`, '', `Why: ${d.why}`];
    if (d.lock)
        out.push('', `Lock: ${d.lock}`);
    out.push('', `Instead: ${d.instead}`);
    if (d.example) {
        if (d.example.config)
            out.push('', 'With this .pgmig.yml:', indent(d.example.config.trimEnd()));
        out.push('', 'Bad:', indent(d.example.bad), '', 'Good:', indent(d.example.good));
    }
    out.push('', `Silence once: -- pgmig-ignore ${rule.id}   (on the line above the statement)`);
    return out.join('\n') + '\n';
}
/** The rule's page under docs/rules/, generated from the same metadata as `explain`. */
function explainMarkdown(id) {
    const rule = (0,rules/* findRule */.Il)(id);
    if (!rule)
        throw new errors/* UserError */.y(`unknown rule "${id}"; \`pgmig rules\` lists them`);
    const d = rule.docs;
    const out = [
        `# ${rule.id}`,
        '',
        `Default severity: **${rule.optIn ? 'off' : rule.severity}**${rule.optIn ? ` (turn it on with \`rules: { ${rule.id}: error }\`)` : ''}`,
        '',
        '## Why it matters',
        '',
        d.why,
    ];
    if (d.lock)
        out.push('', '## Lock', '', d.lock);
    out.push('', '## Instead', '', d.instead);
    if (d.example) {
        out.push('', '## Example', '');
        if (d.example.config)
            out.push('With this `.pgmig.yml`:', '', '```yaml', d.example.config.trimEnd(), '```', '');
        out.push('Before:', '', '```sql', d.example.bad, '```', '', 'After:', '', '```sql', d.example.good, '```');
    }
    out.push('', '## Silencing', '', '```sql', `-- pgmig-ignore ${rule.id}`, '```', '', 'on the line above the statement, or `-- pgmig-ignore-file ' + rule.id + '` anywhere in the file.', '', '_Generated from `src/rules/' + rule.id + '.ts` by `npm run docs`._');
    return out.join('\n') + '\n';
}
/** The README's rule table. */
function rulesTable() {
    const rows = rules/* RULES */.y0.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.optIn ? 'off' : r.severity} | ${firstSentence(r.docs.why).replace(/\|/g, '\\|')} |`);
    return ['| rule | default | why |', '|---|---|---|', ...rows].join('\n') + '\n';
}
function indent(s) {
    return s.split('\n').map((l) => `    ${l}`).join('\n');
}
function firstSentence(s) {
    const m = /^(.*?[.!?])(\s|$)/.exec(s);
    return m ? m[1] : s;
}
const TABLE_START = '<!-- rules-table:start -->';
const TABLE_END = '<!-- rules-table:end -->';
/** Regenerates docs/rules/ and the README table (run by `npm run docs`; a test checks they are current). */
function writeDocs(root) {
    const dir = (0,external_node_path_.join)(root, 'docs', 'rules');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const r of rules/* RULES */.y0)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${r.id}.md`), explainMarkdown(r.id));
    const readme = (0,external_node_path_.join)(root, 'README.md');
    (0,external_node_fs_.writeFileSync)(readme, withRulesTable((0,external_node_fs_.readFileSync)(readme, 'utf8')));
}
function withRulesTable(readme) {
    const a = readme.indexOf(TABLE_START);
    const b = readme.indexOf(TABLE_END);
    if (a < 0 || b < a)
        throw new errors/* UserError */.y(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
    return readme.slice(0, a + TABLE_START.length) + '\n' + rulesTable() + readme.slice(b);
}

;// CONCATENATED MODULE: ./src/report/github.ts
/**
 * GitHub keeps at most this many annotations of each kind per step and silently drops the
 * rest, so pgmig chooses which ones are seen and says how many were left out.
 */
const ANNOTATIONS_PER_KIND = 10;
/** Escaping of a workflow command's message, as the Actions toolkit does it. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escaping of a workflow command's property value: `:` and `,` would end the value early. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, props, message) {
    const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}
function annotation(f) {
    const props = [['file', f.file]];
    if (f.line >= 1) {
        const endLine = Math.max(f.endLine, f.line);
        props.push(['line', f.line], ['col', f.column], ['endLine', endLine], ['endColumn', f.endColumn]);
    }
    props.push(['title', f.rule]);
    const body = f.help ? `${f.message}\n\nhelp: ${f.help}\ndocs: pgmig explain ${f.rule}` : f.message;
    return command(f.severity === 'error' ? 'error' : 'warning', props, body);
}
/**
 * A plain log line. The runner reads any line that starts with `::` (after spaces) as a command,
 * and a file name or a quoted identifier may hold a newline followed by one, so line breaks
 * are flattened and the line starts with `- `.
 */
function plain(f) {
    const flat = (s) => s.replace(/[\r\n]+/g, ' ');
    return `- ${flat(f.file)}:${f.line}:${f.column} ${f.severity} ${flat(f.message)} [${f.rule}]`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Workflow commands for GitHub Actions: one annotation per finding (errors first, at most
 * {@link ANNOTATIONS_PER_KIND} of each kind), a notice for what did not fit, the findings left
 * out as plain log lines, and a summary line.
 */
function formatGithub(result) {
    const errors = result.findings.filter((f) => f.severity === 'error');
    const warnings = result.findings.filter((f) => f.severity !== 'error');
    const shown = [...errors.slice(0, ANNOTATIONS_PER_KIND), ...warnings.slice(0, ANNOTATIONS_PER_KIND)];
    const leftErrors = errors.slice(ANNOTATIONS_PER_KIND);
    const leftWarnings = warnings.slice(ANNOTATIONS_PER_KIND);
    const out = shown.map(annotation);
    const left = leftErrors.length + leftWarnings.length;
    if (left > 0) {
        const parts = [leftErrors.length && plural(leftErrors.length, 'error'), leftWarnings.length && plural(leftWarnings.length, 'warning')].filter(Boolean);
        out.push(command('notice', [['title', 'pgmig: more findings than GitHub annotates']], `${left} more finding${left === 1 ? '' : 's'} (${parts.join(', ')}) not annotated: GitHub shows at most ` +
            `${ANNOTATIONS_PER_KIND} error and ${ANNOTATIONS_PER_KIND} warning annotations per step. ` +
            'The full list is in the job summary and in the text output (pgmig lint --format text); the ones left out are listed in this log.'));
        out.push('pgmig: findings without an annotation:');
        out.push(...leftErrors.map(plain), ...leftWarnings.map(plain));
    }
    const { files, errors: e, warnings: w } = result.summary;
    out.push(e + w === 0
        ? `pgmig: ${plural(files, 'file')} checked, no findings`
        : `pgmig: ${plural(files, 'file')} checked: ${plural(e, 'error')}, ${plural(w, 'warning')}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** The JSON contract of DESIGN.md: findings in file order and a summary. */
function formatJson(result) {
    return JSON.stringify({ findings: result.findings, summary: result.summary }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/sarif.ts
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where code scanning sends people who click the tool's name. */
const INFORMATION_URI = 'https://www.npmjs.com/package/pgmig';
/** Consumers (GitHub code scanning) resolve relative artifact URIs against the checkout root. */
const SRCROOT = '%SRCROOT%';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());
function sarif_firstSentence(text) {
    const m = /^.*?[.!?](?=\s|$)/s.exec(text);
    return (m ? m[0] : text).trim();
}
/** Code scanning filters alerts by tag; the tag says what kind of harm the rule prevents. */
function tagsOf(rule) {
    const tags = ['postgresql', 'migrations'];
    const id = rule.id;
    if (rule.docs.lock || /concurrent|lock|timeout|reindex|refresh|transaction/.test(id))
        tags.push('locking');
    if (/rls|security|search-path/.test(id))
        tags.push('security');
    if (/version|filename|applied/.test(id))
        tags.push('versioning');
    if (id === 'syntax-error')
        tags.push('correctness');
    if (id === 'unused-ignore')
        tags.push('maintainability');
    return tags;
}
/** A fence that the content cannot close: longer than any run of backticks inside it. */
function fence(content, lang = '') {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${content}\n${f}`;
}
function descriptor(rule) {
    const { why, instead, lock, example } = rule.docs;
    const text = [why, lock && `Lock: ${lock}`, `Instead: ${instead}`];
    const markdown = [why, lock && `**Lock:** ${lock}`, `**Instead:** ${instead}`];
    if (example) {
        const indent = (s) => s.replace(/^/gm, '    ');
        text.push(`Bad:\n${indent(example.bad)}`, `Good:\n${indent(example.good)}`);
        markdown.push(`Bad:\n\n${fence(example.bad, 'sql')}`, `Good:\n\n${fence(example.good, 'sql')}`);
    }
    text.push(`More: pgmig explain ${rule.id}`);
    markdown.push(`More: \`pgmig explain ${rule.id}\``);
    return {
        id: rule.id,
        name: pascal(rule.id),
        shortDescription: { text: sarif_firstSentence(why) },
        fullDescription: { text: lock ? `${why} Lock: ${lock}` : why },
        help: { text: text.filter(Boolean).join('\n\n'), markdown: markdown.filter(Boolean).join('\n\n') },
        defaultConfiguration: { level: rule.severity, enabled: !rule.optIn },
        properties: { tags: tagsOf(rule) },
    };
}
/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
function pathToUri(path) {
    return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
function result(f, index, rules) {
    const i = index.get(f.rule);
    const instead = i === undefined ? undefined : rules[i].docs.instead;
    // the rule's help is in its descriptor; a finding-specific one would be lost without this
    const text = f.help && f.help !== instead ? `${f.message}\n\n${f.help}` : f.message;
    const startLine = Math.max(1, f.line);
    const startColumn = Math.max(1, f.column);
    const endLine = Math.max(startLine, f.endLine);
    const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
    return {
        ruleId: f.rule,
        ...(i === undefined ? {} : { ruleIndex: i }),
        level: f.severity,
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathToUri(f.file), uriBaseId: SRCROOT },
                    region: { startLine, startColumn, endLine, endColumn },
                },
            },
        ],
    };
}
/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule, then the findings. */
function formatSarif(lint, opts) {
    const index = new Map(opts.rules.map((r, i) => [r.id, i]));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pgmig',
                        ...(opts.version ? { version: opts.version } : {}),
                        ...(opts.version && SEMVER.test(opts.version) ? { semanticVersion: opts.version } : {}),
                        informationUri: opts.informationUri ?? INFORMATION_URI,
                        rules: opts.rules.map(descriptor),
                    },
                },
                // the engine counts columns in characters (code points), as editors show them
                columnKind: 'unicodeCodePoints',
                results: lint.findings.map((f) => result(f, index, opts.rules)),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/docs-url.ts
/** The rule's page in this repository, generated into docs/rules/ from the rule's own docs. */
function docsPath(rule) {
    return `docs/rules/${rule}.md`;
}

;// CONCATENATED MODULE: ./src/report/text.ts

/**
 * Longer source lines are not quoted: a generated one-line file would be printed again for
 * every finding in it (hundreds of megabytes, past what a string can hold).
 */
const QUOTE_MAX_CHARS = 1000;
const paint = (on, code) => (s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
/** For people at a terminal: where, what, the line itself with a marker, and what to do. */
function formatText(result, opts) {
    const red = paint(opts.color, '31');
    const yellow = paint(opts.color, '33');
    const dim = paint(opts.color, '2');
    const bold = paint(opts.color, '1');
    const out = [];
    for (const f of result.findings) {
        const sev = f.severity === 'error' ? red('error') : yellow('warning');
        out.push(`${bold(`${f.file}:${f.line}:${f.column}`)} ${sev} ${f.message} ${dim(`[${f.rule}]`)}`);
        const src = result.sources.get(f.file)?.lineText(f.line);
        if (src !== undefined && src.length <= QUOTE_MAX_CHARS && src.trim()) {
            const gutter = String(f.line).padStart(4);
            out.push(dim(`${gutter} | `) + src.replace(/\t/g, ' '));
            const chars = [...src];
            const start = Math.min(f.column - 1, chars.length);
            const width = f.endLine === f.line ? Math.max(1, Math.min(f.endColumn, chars.length + 1) - f.column) : Math.max(1, chars.length - start);
            out.push(dim(`${' '.repeat(gutter.length)} | `) + ' '.repeat(start) + (f.severity === 'error' ? red : yellow)('^'.repeat(width)));
        }
        if (f.help)
            out.push(`  ${bold('help:')} ${f.help}`);
        out.push(`  ${dim(`docs: pgmig explain ${f.rule}  (${docsPath(f.rule)})`)}`);
        out.push('');
    }
    const { files, errors, warnings } = result.summary;
    const verdict = errors > 0 ? red('✖') : warnings > 0 ? yellow('⚠') : '✔';
    out.push(`${verdict} ${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/index.ts





const FORMATS = ['text', 'json', 'github', 'sarif', 'markdown'];
const FORMATTERS = {
    text: (r, c) => formatText(r, { color: c.color }),
    json: (r) => formatJson(r),
    github: (r) => formatGithub(r),
    sarif: (r, c) => formatSarif(r, { rules: c.rules, version: c.version }),
    markdown: (r, c) => (0,markdown/* formatMarkdown */.jI)(r, { rules: c.rules }),
};
function formatResult(format, result, ctx) {
    const f = FORMATTERS[format];
    if (!f)
        throw new Error(`format ${format} is not available`);
    return f(result, ctx);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/migrations/templates.ts





const KINDS = ['table', 'identifier', 'identifiers', 'type', 'expression', 'text', 'integer', 'duration'];
/** Variables every template gets without declaring them. */
const BUILTIN_VARIABLES = ['description', 'subject', 'placeholder', 'undo_placeholder', 'migration', 'undo', 'test', 'lock_timeout'];
/**
 * The templates shipped with pgmig: `templates/` at the package root, found by walking up from
 * this module (src/migrations/ in a checkout, dist/cli/ in the bundle, node_modules/pgmig/… once
 * installed), so the same code works in all three.
 */
function builtinTemplatesDir() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, 'templates');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'migrations')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'workflows')))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function templatesDir(explicit, cwd) {
    if (explicit) {
        const abs = (0,external_node_path_.resolve)(cwd, explicit);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, 'migrations'))) {
            throw new errors/* UserError */.y(`--templates ${explicit}: no migrations/ folder there (a templates folder holds migrations/<name>/template.yml, as pgmig's own templates/ does)`);
        }
        return abs;
    }
    const found = builtinTemplatesDir();
    if (!found) {
        throw new errors/* UserError */.y("pgmig's templates/ folder was not found next to the program (it ships in the npm package); pass --templates <dir>");
    }
    return found;
}
function listTemplates(root) {
    const dir = (0,external_node_path_.join)(root, 'migrations');
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((n) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, n, 'template.yml')))
        .sort()
        .map((n) => loadTemplate(root, n));
}
function loadTemplate(root, name) {
    const dir = (0,external_node_path_.join)(root, 'migrations', name);
    const file = (0,external_node_path_.join)(dir, 'template.yml');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !(0,external_node_fs_.existsSync)(file)) {
        const known = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'migrations')) ? listNames(root) : [];
        throw new errors/* UserError */.y(`no template named ${JSON.stringify(name)}${known.length ? `; the templates are: ${known.join(', ')} (pgmig new --list describes them)` : ''}`);
    }
    const doc = (0,dist.parseDocument)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (doc.errors.length)
        throw new errors/* UserError */.y(`${file}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const raw = doc.toJS();
    const bad = (what) => new errors/* UserError */.y(`${file}: ${what}`);
    const str = (v, key) => {
        if (typeof v !== 'string' || !v.trim())
            throw bad(`${key}: expected text`);
        return v;
    };
    const variables = Object.entries((raw.variables ?? {})).map(([vname, v]) => {
        if (!/^[a-z][a-z0-9_]*$/.test(vname))
            throw bad(`variables.${vname}: names are lower snake_case`);
        if (BUILTIN_VARIABLES.includes(vname))
            throw bad(`variables.${vname}: a built-in variable, it cannot be declared`);
        const kind = (v?.kind ?? 'identifier');
        if (!KINDS.includes(kind))
            throw bad(`variables.${vname}.kind: expected one of ${KINDS.join(', ')}`);
        return {
            name: vname,
            kind,
            help: str(v?.help, `variables.${vname}.help`),
            ...(v?.default !== undefined ? { default: String(v.default) } : {}),
            optional: v?.optional === true,
        };
    });
    const parts = Array.isArray(raw.migrations)
        ? raw.migrations.map((p, i) => ({
            suffix: typeof p.suffix === 'string' ? p.suffix : '',
            migration: str(p.migration, `migrations[${i}].migration`),
            undo: str(p.undo, `migrations[${i}].undo`),
        }))
        : [{ suffix: '', migration: 'migration.sql', undo: 'undo.sql' }];
    parts.forEach((p, i) => {
        if ((i === 0) !== (p.suffix === ''))
            throw bad(`migrations[${i}].suffix: the first migration has none, each later one needs one`);
        if (p.suffix && !/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(p.suffix))
            throw bad(`migrations[${i}].suffix: lower snake_case`);
    });
    const example = (raw.example ?? {});
    const t = {
        name,
        dir,
        summary: str(raw.summary, 'summary').trim(),
        variables,
        parts,
        test: typeof raw.test === 'string' ? raw.test : 'test.sql',
        example: {
            description: str(example.description, 'example.description'),
            variables: Object.fromEntries(Object.entries((example.variables ?? {})).map(([k, v]) => [k, String(v)])),
            before: typeof example.before === 'string' ? example.before : '',
        },
    };
    for (const f of [...parts.flatMap((p) => [p.migration, p.undo]), t.test]) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)) || !(0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, f)).isFile())
            throw bad(`names ${f}, which is not in ${dir}`);
    }
    return t;
}
function listNames(root) {
    const dir = (0,external_node_path_.join)(root, 'migrations');
    return (0,external_node_fs_.readdirSync)(dir).filter((n) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, n, 'template.yml'))).sort();
}
function readTemplateFile(t, file) {
    return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(t.dir, file), 'utf8');
}
/** A leading verb says what the change does, not what it is about: `add_lead_notes` is about `lead_notes`. */
function subjectOf(description) {
    const rest = description.replace(/^(?:add|create|new|introduce|make|build)_/, '');
    return rest || description;
}
const IDENT = /^[a-z_][a-z0-9_$]*$/;
const MAX_IDENT_BYTES = 63;
/** Checks `value` against its kind; returns it normalised, or throws a UserError naming the variable. */
function checkValue(v, value) {
    const bad = (what) => new errors/* UserError */.y(`${v.name}=${JSON.stringify(value)}: ${what}`);
    const ident = (s) => {
        if (!IDENT.test(s))
            throw bad(`"${s}" is not a plain lower-case SQL name (letters, digits, _; quoted names are not supported)`);
        if (Buffer.byteLength(s) > MAX_IDENT_BYTES)
            throw bad(`"${s}" is longer than PostgreSQL's ${MAX_IDENT_BYTES}-byte limit for names`);
        return s;
    };
    const v2 = value.trim();
    switch (v.kind) {
        case 'identifier':
            return ident(v2);
        case 'table': {
            const parts = v2.split('.');
            if (parts.length > 2)
                throw bad('expected table or schema.table');
            parts.forEach(ident);
            return v2;
        }
        case 'identifiers': {
            const list = v2.split(',').map((s) => s.trim());
            if (!list.length || list.some((s) => !s))
                throw bad('expected a comma-separated list of column names, such as owner_id,created_at');
            list.forEach(ident);
            return list.join(', ');
        }
        case 'type':
            if (!/^[a-z_][a-z0-9_ .]*(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s*\[\])?$/.test(v2)) {
                throw bad('expected a type such as text, bigint, timestamptz, numeric(12,2) or text[]');
            }
            return v2.replace(/\s+/g, ' ');
        case 'expression':
            if (!v2)
                throw bad('expected an SQL expression');
            if (v2.includes(';'))
                throw bad('an expression cannot contain ";" (it would end the statement)');
            return v2;
        case 'integer':
            if (!/^[1-9]\d{0,8}$/.test(v2))
                throw bad('expected a whole number, 1 or more');
            return v2;
        case 'duration':
            if (!/^\d+(?:\.\d+)?\s*(?:us|ms|s|min|h|d)?$/.test(v2))
                throw bad('expected a duration such as 3s, 500ms or 15min');
            return v2.replace(/\s+/g, '');
        case 'text':
            if (/[\r\n]/.test(value))
                throw bad('expected one line of text');
            return value;
    }
}
/** Quotes a value as an SQL string literal. */
function sqlLiteral(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
const FILTERS = {
    /** as an SQL string literal: 'it''s' */
    literal: sqlLiteral,
    /** the name without its schema: app.lead -> lead (for names derived from it) */
    bare: (v) => v.split('.').pop(),
    /** the schema of a qualified name with its dot: app.lead -> app. ; lead -> (nothing) */
    schema_prefix: (v) => (v.includes('.') ? `${v.split('.')[0]}.` : ''),
    /** a list of names joined with _: owner_id, created_at -> owner_id_created_at */
    snake: (v) => v.split(/\s*,\s*/).join('_').replace(/\./g, '_'),
    /** a list of names as an SQL text array: ARRAY['owner_id', 'created_at'] */
    array: (v) => `ARRAY[${v.split(/\s*,\s*/).map(sqlLiteral).join(', ')}]`,
    /** a table name as the schema and table arguments of pgTAP functions: 'app', 'lead' */
    schema_and_table: (v) => {
        const [a, b] = v.split('.');
        return b === undefined ? `current_schema(), ${sqlLiteral(a)}` : `${sqlLiteral(a)}, ${sqlLiteral(b)}`;
    },
    /** as YAML/JSON string: "db/migration" */
    json: (v) => JSON.stringify(v),
};
const SECTION = /(?<!\$)\{\{\s*([#^])([a-z][a-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*\/\2\s*\}\}/g;
const TAG = /(?<!\$)\{\{\s*([a-z][a-z0-9_]*)(?:\s*\|\s*([a-z_]+))?\s*\}\}/g;
/**
 * Renders `text` with `values`. An unknown variable or filter is a mistake in the template, so it
 * throws a plain Error naming `where` (the template's own tests render every template).
 */
function render(text, values, where) {
    const sections = text.replace(SECTION, (_m, mode, name, body) => {
        if (!(name in values))
            throw new Error(`${where}: unknown variable {{${mode}${name}}}`);
        const set = values[name] !== '';
        return (mode === '#') === set ? body : '';
    });
    return sections.replace(TAG, (_m, name, filter) => {
        if (!(name in values))
            throw new Error(`${where}: unknown variable {{${name}}}`);
        if (filter === undefined)
            return values[name];
        const f = FILTERS[filter];
        if (!f)
            throw new Error(`${where}: unknown filter |${filter} (known: ${Object.keys(FILTERS).join(', ')})`);
        return f(values[name]);
    });
}
/**
 * The values of a template's variables: the ones given, then the defaults (which may use the
 * given ones and the built-ins). Every value is checked against its kind; missing ones are one
 * error that lists them all with what they mean.
 */
function resolveValues(t, given, builtins) {
    const known = new Set(t.variables.map((v) => v.name));
    const unknown = Object.keys(given).filter((k) => !known.has(k));
    if (unknown.length) {
        const list = t.variables.map((v) => v.name).join(', ') || 'none';
        throw new errors/* UserError */.y(`template ${t.name} has no variable ${unknown.join(', ')} (its variables: ${list})`);
    }
    const values = { ...builtins };
    const missing = [];
    for (const v of t.variables) {
        const raw = given[v.name] ?? (v.default !== undefined ? render(v.default, values, `${t.name}: default of ${v.name}`) : undefined);
        if (raw === undefined || raw.trim() === '') {
            if (v.optional) {
                values[v.name] = '';
                continue;
            }
            missing.push(v);
            continue;
        }
        values[v.name] = checkValue(v, raw);
    }
    if (missing.length) {
        const flags = missing.map((v) => `--set ${v.name}=<${v.kind}>`).join(' ');
        const what = missing.map((v) => `  ${v.name}: ${v.help}`).join('\n');
        throw new errors/* UserError */.y(`template ${t.name} needs ${missing.map((v) => v.name).join(', ')}: pass ${flags}\n${what}`);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/commands/new.ts








const DEFAULT_TEMPLATE = 'blank';
/** The lock_timeout the templates set: 3s, or the config's maximum when that is lower. */
function templateLockTimeout(config) {
    return config.lockTimeout.maxMs < 3000 ? `${Math.max(1, Math.floor(config.lockTimeout.maxMs))}ms` : '3s';
}
function parseSetPairs(pairs = []) {
    const out = {};
    for (const p of pairs) {
        const eq = p.indexOf('=');
        if (eq <= 0)
            throw new errors/* UserError */.y(`--set ${p}: expected name=value, such as --set table=lead`);
        const name = p.slice(0, eq).trim().replace(/-/g, '_');
        if (name in out)
            throw new errors/* UserError */.y(`--set ${name} is given twice`);
        out[name] = p.slice(eq + 1);
    }
    return out;
}
/**
 * Renders a template into file contents for `description`, in the configured folders (or the
 * ones given). Pure apart from reading the config and the templates: `runNew` writes.
 */
function planNew(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, rules/* RULE_IDS */.Iu);
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const description = (0,migrations_name/* snakeCase */.LW)(opts.description);
    if (!description) {
        throw new errors/* UserError */.y(`"${opts.description}" has no letters or digits to make a description of; name the change, such as add_lead_notes`);
    }
    const root = templatesDir(opts.templates, cwd);
    const t = loadTemplate(root, opts.template ?? DEFAULT_TEMPLATE);
    const migrationsDir = opts.migrations ? (0,external_node_path_.resolve)(cwd, opts.migrations) : (0,external_node_path_.resolve)(config.root, config.migrations[0]);
    const testsDir = opts.tests ? (0,external_node_path_.resolve)(cwd, opts.tests) : (0,external_node_path_.resolve)(config.root, config.tests);
    const placeholder = config.placeholder;
    const undoPlaceholder = (0,migrations_name/* undoPlaceholderOf */.fp)(placeholder);
    const names = t.parts.map((p) => {
        const d = p.suffix ? `${description}_${p.suffix}` : description;
        return { part: p, description: d, migration: `${placeholder}__${d}.sql`, undo: `${undoPlaceholder}__${d}.sql` };
    });
    for (const n of names) {
        for (const f of [n.migration, n.undo]) {
            const parsed = (0,migrations_name/* parseMigrationName */.pF)(f, placeholder);
            if ((0,migrations_name/* isNameProblem */.$d)(parsed))
                throw new errors/* UserError */.y(`cannot name the file ${f}: ${parsed.message}`);
        }
    }
    const testName = `${placeholder}__${description}_test.sql`;
    const builtins = {
        description,
        subject: subjectOf(description),
        placeholder,
        undo_placeholder: undoPlaceholder,
        migration: names[0].migration,
        undo: names[0].undo,
        test: testName,
        lock_timeout: templateLockTimeout(config),
    };
    const values = resolveValues(t, parseSetPairs(opts.set), builtins);
    const contents = new Map();
    const files = [];
    const add = (abs, role, text) => {
        contents.set(abs, text);
        files.push({ path: (0,discover/* displayPath */.Gt)(cwd, abs), role });
    };
    for (const n of names) {
        const partValues = { ...values, description: n.description, migration: n.migration, undo: n.undo };
        add((0,external_node_path_.join)(migrationsDir, n.migration), 'migration', render(readTemplateFile(t, n.part.migration), partValues, `${t.name}/${n.part.migration}`));
        add((0,external_node_path_.join)(migrationsDir, n.undo), 'undo', render(readTemplateFile(t, n.part.undo), partValues, `${t.name}/${n.part.undo}`));
    }
    add((0,external_node_path_.join)(testsDir, testName), 'test', render(readTemplateFile(t, t.test), values, `${t.name}/${t.test}`));
    return { template: t.name, description, placeholder, files, contents };
}
/**
 * `pgmig new`: writes a pending migration (`VXXX__<description>.sql`), its undo and a pgTAP
 * test from a template. Never overwrites: when any of the files exists, nothing is written.
 */
function runNew(opts) {
    const plan = planNew(opts);
    const existing = [...plan.contents.keys()].filter((p) => (0,external_node_fs_.existsSync)(p));
    if (existing.length) {
        const shown = existing.map((p) => (0,discover/* displayPath */.Gt)((0,external_node_path_.resolve)(opts.cwd), p));
        throw new errors/* UserError */.y(`${shown.join(', ')} already exist${shown.length === 1 ? 's' : ''}; pgmig new never overwrites a file. Pick another description, or remove ${shown.length === 1 ? 'it' : 'them'} first`);
    }
    const written = [];
    try {
        for (const [abs, text] of plan.contents) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            // 'wx' fails if the file appeared since the check above, rather than overwriting it
            (0,external_node_fs_.writeFileSync)(abs, text, { flag: 'wx' });
            written.push(abs);
        }
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot write ${(0,discover/* displayPath */.Gt)((0,external_node_path_.resolve)(opts.cwd), [...plan.contents.keys()][written.length])}: ${err.code ?? err}${written.length ? ` (already written: ${written.map((p) => (0,discover/* displayPath */.Gt)((0,external_node_path_.resolve)(opts.cwd), p)).join(', ')})` : ''}`);
    }
    const { contents: _contents, ...result } = plan;
    return result;
}
function formatNewResult(r) {
    const role = { migration: 'migration', undo: 'its undo', test: 'pgTAP test' };
    const width = Math.max(...r.files.map((f) => f.path.length));
    const lines = r.files.map((f) => `created ${f.path.padEnd(width)}  (${role[f.role]})`);
    lines.push('', `Next: write the change (template ${r.template} is a start, not the end), then run \`pgmig lint\` and \`pgmig test\`.`, `${r.placeholder} is a placeholder: the file gets the next free version when the pull request merges (pgmig assign).`);
    return `${lines.join('\n')}\n`;
}
/** `pgmig new --list`: every template with what it is for and its variables. */
function formatTemplateList(opts) {
    const templates = listTemplates(templatesDir(opts.templates, opts.cwd));
    if (opts.json) {
        return `${JSON.stringify(templates.map((t) => ({
            name: t.name,
            summary: t.summary,
            migrations: t.parts.length,
            variables: t.variables.map((v) => ({ name: v.name, kind: v.kind, help: v.help, ...(v.default !== undefined ? { default: v.default } : {}), required: !v.optional && v.default === undefined })),
        })), null, 2)}\n`;
    }
    const out = ['Templates: pgmig new <description> --template <name> [--set <variable>=<value> …]', ''];
    for (const t of templates)
        out.push(...describeTemplate(t), '');
    out.push(`Without --template: ${DEFAULT_TEMPLATE}. Every template writes the migration, its undo (U…) and a pgTAP test.`);
    return `${out.join('\n')}\n`;
}
function describeTemplate(t) {
    const lines = [`${t.name}${t.name === DEFAULT_TEMPLATE ? ' (default)' : ''}`, `  ${t.summary}`];
    if (t.parts.length > 1)
        lines.push(`  writes ${t.parts.length} migrations: ${t.parts.map((p) => `<description>${p.suffix ? `_${p.suffix}` : ''}`).join(', ')}`);
    const width = Math.max(0, ...t.variables.map((v) => v.name.length));
    for (const v of t.variables) {
        const need = v.optional ? 'optional' : v.default === undefined ? 'required' : `default ${readableDefault(v.default)}`;
        lines.push(`    ${v.name.padEnd(width)}  ${v.help} [${need}]`);
    }
    lines.push(`  e.g. pgmig new ${t.example.description} --template ${t.name}${Object.entries(t.example.variables).map(([k, v]) => ` --set ${shellWord(`${k}=${v}`)}`).join('')}`);
    return lines;
}
/** `{{table|bare}}_{{columns|snake}}_idx` reads as `<table>_<columns>_idx`. */
function readableDefault(d) {
    return d.replace(/\{\{\s*([a-z_]+)(?:\s*\|\s*[a-z_]+)?\s*\}\}/g, '<$1>');
}
function shellWord(s) {
    if (/^[A-Za-z0-9_=.,:/@%+-]+$/.test(s))
        return s;
    if (!s.includes("'"))
        return `'${s}'`;
    return /["$`\\!]/.test(s) ? `'${s.replace(/'/g, `'\\''`)}'` : `"${s}"`;
}
/** `pgmig new`, added to the CLI program. */
function registerNew(program, io, setExit) {
    program
        .command('new')
        .description('Write a pending migration (VXXX__<description>.sql), its undo and a pgTAP test from a template.')
        .argument('[description]', 'what the migration does, made lower snake_case: "Add lead notes" -> add_lead_notes')
        .option('--template <name>', `template to start from (default ${DEFAULT_TEMPLATE}; --list shows them all)`)
        .option('--set <name=value>', 'a template variable, such as --set column=notes (repeat it for more)', (v, all = []) => [...all, v])
        .option('--table <name>', 'shorthand for --set table=<name>')
        .option('--list', 'list the templates with their variables, and write nothing')
        .option('--json', 'with --list: as JSON')
        .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
        .option('-m, --migrations <dir>', 'folder to write the migration and its undo to (default: the first "migrations" folder of the config)')
        .option('--tests <dir>', 'folder to write the pgTAP test to (default: "tests" of the config)')
        .option('--templates <dir>', "a templates folder of your own, laid out like pgmig's templates/ (migrations/<name>/template.yml)")
        .addHelpText('after', `
Writes three files, or none: pgmig new never overwrites a file, so when one of them exists
already it stops and writes nothing.
  <migrations>/VXXX__<description>.sql       the migration (VXXX: "placeholder" in the config)
  <migrations>/UXXX__<description>.sql       its undo, which pgmig test rehearses
  <tests>/VXXX__<description>_test.sql       its pgTAP test, which pgmig test runs
A template that needs two migrations (not-valid-constraint: add, then validate) writes a second
pair named <description>_<step>. The placeholder gets the next free version when the pull
request merges (pgmig assign), and the undo and test files are renamed with it.

Templates: blank, rls-table, add-column, index-concurrently, backfill, not-valid-constraint,
enum-value (pgmig new --list says what each is for and which variables it needs).

Exit codes: 0 written (or listed), 2 usage or config error, a missing variable, or a file
that exists already.

Examples:
  pgmig new add_lead_notes --template rls-table
  pgmig new add_lead_score --template add-column --table lead --set column=score --set type=bigint
  pgmig new lead_owner_index --template index-concurrently --table lead --set columns=owner_id,created_at
  pgmig new --list`)
        .action((description, o) => {
        if (o.list) {
            io.stdout(formatTemplateList({ cwd: io.cwd, templates: o.templates, json: o.json }));
            setExit(0);
            return;
        }
        if (o.json)
            throw new errors/* UserError */.y('--json goes with --list');
        if (!description)
            throw new errors/* UserError */.y('name the migration: pgmig new <description> [--template <name>], such as pgmig new add_lead_notes --template rls-table');
        const set = [...(o.set ?? []), ...(o.table !== undefined ? [`table=${o.table}`] : [])];
        const result = runNew({ cwd: io.cwd, description, template: o.template, set, config: o.config, migrations: o.migrations, tests: o.tests, templates: o.templates });
        io.stdout(formatNewResult(result));
        setExit(0);
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/git/history.ts

/**
 * Questions about a checkout's history that have a yes/no answer. CI checkouts are often
 * shallow (actions/checkout fetches one commit by default), so the commits an event names may
 * simply not be there; none of these throw for that.
 */
function probe(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return undefined;
    }
}
/** The repository's top folder, or undefined outside a git work tree (or without git). */
function workTreeRoot(cwd) {
    return probe(cwd, ['rev-parse', '--show-toplevel']) || undefined;
}
function hasCommit(cwd, sha) {
    return /^[0-9a-f]{4,64}$/i.test(sha) && probe(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}
function headCommit(cwd) {
    return probe(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) || undefined;
}
/** Whether `ancestor` is `commit` or one of its ancestors. */
function isAncestor(cwd, ancestor, commit) {
    return probe(cwd, ['merge-base', '--is-ancestor', ancestor, commit]) !== undefined;
}
/** The commit where the histories of `a` and `b` meet, if the checkout holds it. */
function commonAncestor(cwd, a, b) {
    return probe(cwd, ['merge-base', a, b]) || undefined;
}
function isShallowClone(cwd) {
    return probe(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
}

;// CONCATENATED MODULE: ./src/version.ts
/** pgmig's version, as the CLI, SARIF and the action report it; keep in step with package.json (a test checks). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/commands/init.ts










/**
 * Where the reusable workflow and the action are published. `pgmig/pgmig` is a placeholder
 * owner/name until the project has its public repository; the release tag follows package.json
 * (a test keeps the two, the reusable workflow and the caller template in step).
 */
const PGMIG_REPOSITORY = 'pgmig/pgmig';
const PGMIG_RELEASE = `v${VERSION}`;
const WORKFLOW_FILE = '.github/workflows/migrations.yml';
// build output, dependencies and tool folders hold copies of migrations, never the source
const SKIP = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'out', 'bin', 'obj', 'vendor', 'coverage', 'venv', '.venv', '__pycache__', '.gradle', '.idea', '.next', 'tmp']);
const MAX_DEPTH = 7;
const MAX_FILES_READ = 2000;
/** Each folder below `root` (not descending into SKIP) with its Flyway files and pgTAP files. */
function scan(root, placeholder) {
    const out = new Map();
    let read = 0;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const stats = { versioned: [], pending: 0, pgtap: 0 };
        for (const e of entries) {
            const abs = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP.has(e.name) && !(e.name.startsWith('.') && e.name !== '.github') && depth < MAX_DEPTH)
                    walk(abs, depth + 1);
                continue;
            }
            if (!e.isFile() || !/\.(sql|pg)$/.test(e.name))
                continue;
            const name = e.name.endsWith('.sql') ? (0,migrations_name/* parseMigrationName */.pF)(abs, placeholder) : undefined;
            // pgmig new names a test after its migration (VXXX__add_lead_notes_test.sql): a test, not a migration
            if (name && !(0,migrations_name/* isNameProblem */.$d)(name) && !/_tests?$/.test(name.description)) {
                if (name.kind === 'versioned')
                    stats.versioned.push(name);
                else if (name.kind === 'pending')
                    stats.pending++;
                continue;
            }
            if (read < MAX_FILES_READ && (0,external_node_fs_.statSync)(abs).size < 512 * 1024) {
                read++;
                // pgTAP files announce their plan (or say they have none)
                if (/\b(?:plan|no_plan|done_testing)\s*\(/i.test((0,external_node_fs_.readFileSync)(abs, 'utf8')))
                    stats.pgtap++;
            }
        }
        if (stats.versioned.length || stats.pending || stats.pgtap)
            out.set(dir, stats);
    };
    walk(root, 0);
    return out;
}
const rel = (cwd, abs) => (0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/') || '.';
/** `flyway.locations` of flyway.conf / conf/flyway.conf, or `locations` of flyway.toml. */
function flywayLocations(cwd) {
    for (const [file, kind] of [['flyway.conf', 'flyway.conf'], ['conf/flyway.conf', 'flyway.conf'], ['flyway.toml', 'flyway.toml']]) {
        const abs = (0,external_node_path_.join)(cwd, file);
        if (!(0,external_node_fs_.existsSync)(abs))
            continue;
        const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        const m = kind === 'flyway.conf' ? /^\s*flyway\.locations\s*=\s*(.+)$/m.exec(text) : /^\s*locations\s*=\s*\[([^\]]*)\]/m.exec(text);
        if (!m)
            continue;
        const dirs = m[1]
            .split(',')
            .map((s) => s.trim().replace(/^["']|["']$/g, ''))
            .filter(Boolean)
            .map((loc) => {
            if (loc.startsWith('filesystem:'))
                return loc.slice('filesystem:'.length);
            // Flyway's default location; in a Maven or Gradle layout it is under src/main/resources
            if (loc.startsWith('classpath:'))
                return (0,external_node_path_.join)('src/main/resources', loc.slice('classpath:'.length));
            return loc.includes(':') ? '' : loc;
        })
            .filter((d) => d && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, d)) && (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, d)).isDirectory());
        if (dirs.length)
            return { file, kind, dirs };
    }
    return undefined;
}
/** Flyway files under `abs`, subfolders included (Flyway scans them). */
function statsUnder(all, abs) {
    const versioned = [];
    let pending = 0;
    for (const [dir, s] of all) {
        if (dir === abs || dir.startsWith(abs + external_node_path_.sep)) {
            versioned.push(...s.versioned);
            pending += s.pending;
        }
    }
    return { versioned, pending };
}
function detectMigrations(cwd, opts = {}) {
    const placeholder = opts.placeholder ?? 'VXXX';
    const folders = scan(cwd, placeholder);
    const withMigrations = [...folders.entries()].filter(([, s]) => s.versioned.length || s.pending);
    const finish = (abs, source, sourceFile) => {
        const { versioned, pending } = statsUnder(folders, abs);
        const top = [...versioned].sort(migrations_name/* compareMigrations */.hI).pop();
        const others = withMigrations.map(([d]) => d).filter((d) => d !== abs && !d.startsWith(abs + external_node_path_.sep)).map((d) => rel(cwd, d));
        return {
            dir: rel(cwd, abs),
            source,
            ...(sourceFile ? { sourceFile } : {}),
            versioned: versioned.length,
            pending,
            ...(top ? { highest: { version: top.version, file: rel(cwd, top.file) } } : {}),
            others,
        };
    };
    if (opts.migrations)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, opts.migrations), 'given'), folders };
    const fw = flywayLocations(cwd);
    if (fw)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, fw.dirs[0]), fw.kind, fw.file), folders };
    if (!withMigrations.length)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, 'db/migration'), 'default'), folders };
    // the folder with the most versioned files; a shallower one wins a tie (test data sits deeper)
    const depth = (d) => d.split(external_node_path_.sep).length;
    let [best] = withMigrations
        .map(([d, s]) => ({ d, n: s.versioned.length + s.pending }))
        .sort((a, b) => b.n - a.n || depth(a.d) - depth(b.d) || (a.d < b.d ? -1 : 1));
    let abs = best.d;
    // migrations split into subfolders by year or release: the location is the folder above them
    for (let parent = (0,external_node_path_.dirname)(abs); parent.startsWith(cwd) && parent !== cwd && /migrat|flyway/i.test((0,external_node_path_.basename)(parent)); parent = (0,external_node_path_.dirname)(parent)) {
        if (statsUnder(folders, parent).versioned.length > statsUnder(folders, abs).versioned.length)
            abs = parent;
    }
    return { migrations: finish(abs, 'scan'), folders };
}
function detectTests(cwd, migrationsDir, folders) {
    const candidates = [...folders.entries()].filter(([d, s]) => s.pgtap > 0 && rel(cwd, d) !== migrationsDir).sort((a, b) => b[1].pgtap - a[1].pgtap || (a[0] < b[0] ? -1 : 1));
    if (candidates.length)
        return { dir: rel(cwd, candidates[0][0]), found: true };
    const parent = (0,external_node_path_.dirname)(migrationsDir);
    return { dir: parent === '.' ? 'db/tests' : `${parent}/tests`, found: false };
}
function detectBranch(cwd) {
    for (const args of [['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], ['symbolic-ref', '--quiet', '--short', 'HEAD']]) {
        try {
            const out = (0,git/* git */.$Y)(cwd, args).trim();
            if (out)
                return args[3] === 'HEAD' ? out : out.replace(/^[^/]+\//, '');
        }
        catch {
            // not a git checkout, no origin, or a detached HEAD: try the next, then fall back to main
        }
    }
    return 'main';
}
function yamlValue(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}
function configText(d, tests, postgresVersion) {
    const lines = ['# pgmig configuration. Every key is optional; the README section "Config" lists them all.', '# Written by `pgmig init`.', '#'];
    if (d.versioned || d.pending) {
        const found = d.source === 'scan' ? 'found' : d.source === 'given' ? 'given' : `named in ${d.sourceFile}`;
        lines.push(`# ${d.dir} (${found}) holds ${d.versioned} versioned Flyway migration${d.versioned === 1 ? '' : 's'}${d.highest ? `; the highest is V${d.highest.version} (${d.highest.file})` : ''}.`);
    }
    else {
        lines.push(`# No Flyway migrations were found; ${d.dir} is where they go.`);
    }
    const next = d.highest && /^\d+$/.test(d.highest.version) ? ` (V${BigInt(d.highest.version) + 1n} and up)` : '';
    lines.push('# Write new ones with `pgmig new <description> --template <name>` (see `pgmig new --list`):', `# they are named VXXX__<description>.sql and get the next free version${next}`, '# when their pull request merges (pgmig assign).');
    lines.push(`migrations: ${yamlValue(d.dir)}`);
    for (const o of d.others)
        lines.push(`# also holds Flyway migrations, not checked: ${o}`);
    lines.push(`tests: ${yamlValue(tests.dir)}${tests.found ? '' : '                # pgTAP tests; pgmig new writes one per migration'}`);
    lines.push('placeholder: VXXX', `postgresVersion: ${postgresVersion}`, '# The longest lock_timeout a migration may set: while a statement waits for its lock, every', '# query that conflicts with the lock waits behind it.', 'lockTimeout: { max: 5s }', '# true: a new migration without its undo file (U<version>__<description>.sql) is an error.', 'requireUndo: false');
    return `${lines.join('\n')}\n`;
}
/**
 * The workflow a repository adds to use pgmig: templates/workflows/migrations.yml for its
 * default branch, PostgreSQL versions and config file (empty: .pgmig.yml at the root).
 */
function renderCallerWorkflow(o) {
    return render((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.templates, 'workflows', 'migrations.yml'), 'utf8'), { branch: o.branch, postgres_versions: JSON.stringify(o.postgres), config: o.config, repository: PGMIG_REPOSITORY, ref: PGMIG_RELEASE }, 'workflows/migrations.yml');
}
/**
 * `pgmig init`: writes `.pgmig.yml` (migrations folder detected: Flyway's config, else the folder
 * with the most Flyway files) and `.github/workflows/migrations.yml` calling pgmig's reusable
 * workflow. Never overwrites: when either file exists, nothing is written.
 */
function runInit(opts) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const wantConfig = opts.config !== false;
    const wantWorkflow = opts.workflow !== false;
    if (!wantConfig && !wantWorkflow)
        throw new errors/* UserError */.y('--no-config and --no-workflow together leave nothing to write');
    const postgres = opts.postgres?.length ? opts.postgres : ['16'];
    for (const v of postgres) {
        if (!/^\d{1,2}$/.test(v) || Number(v) < 10)
            throw new errors/* UserError */.y(`--postgres ${v}: expected PostgreSQL major versions such as 16 or 15,16`);
    }
    const branch = opts.branch ?? detectBranch(cwd);
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..'))
        throw new errors/* UserError */.y(`--branch ${branch}: not a branch name`);
    const repoRoot = workTreeRoot(cwd) ?? cwd;
    const configPath = (0,external_node_path_.join)(cwd, migrations_config/* CONFIG_FILE */.g2);
    const workflowPath = (0,external_node_path_.join)(repoRoot, WORKFLOW_FILE);
    const targets = [...(wantConfig ? [configPath] : []), ...(wantWorkflow ? [workflowPath] : [])];
    const existing = targets.filter((p) => (0,external_node_fs_.existsSync)(p));
    if (existing.length) {
        const shown = existing.map((p) => rel(cwd, p));
        const hint = existing.includes(configPath) && wantWorkflow && !(0,external_node_fs_.existsSync)(workflowPath) ? '; pass --no-config to write only the workflow' : existing.includes(workflowPath) && wantConfig && !(0,external_node_fs_.existsSync)(configPath) ? '; pass --no-workflow to write only .pgmig.yml' : '';
        throw new errors/* UserError */.y(`${shown.join(' and ')} already exist${shown.length === 1 ? 's' : ''}; pgmig init never overwrites a file${hint}`);
    }
    const { migrations, folders } = detectMigrations(cwd, { migrations: opts.migrations });
    const tests = opts.tests ? { dir: rel(cwd, (0,external_node_path_.resolve)(cwd, opts.tests)), found: true } : detectTests(cwd, migrations.dir, folders);
    const lowest = [...postgres].sort((a, b) => Number(a) - Number(b))[0];
    const config = configText(migrations, tests, lowest);
    // what pgmig writes, pgmig must read back: a detected folder name could need quoting
    (0,migrations_config/* parseConfig */.o4)(config, configPath, rules/* RULE_IDS */.Iu);
    const fromRoot = rel(repoRoot, configPath);
    const workflow = renderCallerWorkflow({
        branch,
        postgres,
        config: fromRoot === migrations_config/* CONFIG_FILE */.g2 || !wantConfig ? '' : fromRoot,
        templates: templatesDir(opts.templates, cwd),
    });
    const result = { files: [], created: [], migrations, tests, branch, postgres };
    if (wantConfig) {
        for (const d of [migrations.dir, tests.dir]) {
            const abs = (0,external_node_path_.resolve)(cwd, d);
            if (!(0,external_node_fs_.existsSync)(abs)) {
                (0,external_node_fs_.mkdirSync)(abs, { recursive: true });
                result.created.push(d);
            }
        }
        (0,external_node_fs_.writeFileSync)(configPath, config, { flag: 'wx' });
        result.files.push({ path: rel(cwd, configPath), role: 'config' });
    }
    if (wantWorkflow) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(workflowPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(workflowPath, workflow, { flag: 'wx' });
        result.files.push({ path: rel(cwd, workflowPath), role: 'workflow' });
    }
    return result;
}
function formatInitResult(r) {
    const m = r.migrations;
    const lines = [];
    if (m.source === 'default')
        lines.push(`No Flyway migrations found: new ones go to ${m.dir}.`);
    else {
        const how = m.source === 'scan' ? 'found' : m.source === 'given' ? 'given' : `from ${m.sourceFile}`;
        lines.push(`Migrations: ${m.dir} (${how}), ${m.versioned} versioned${m.pending ? `, ${m.pending} pending` : ''}${m.highest ? `; highest V${m.highest.version}` : ''}.`);
    }
    if (m.others.length)
        lines.push(`Also found, left out (add them to "migrations" if they are yours): ${m.others.join(', ')}`);
    lines.push(`pgTAP tests: ${r.tests.dir}${r.tests.found ? ' (found)' : ''}.`);
    for (const d of r.created)
        lines.push(`created ${d}/`);
    for (const f of r.files)
        lines.push(`created ${f.path}${f.role === 'workflow' ? ` (on pull requests, pushes to ${r.branch} and /migrate comments; PostgreSQL ${r.postgres.join(', ')})` : ''}`);
    lines.push('', 'Next:', '  pgmig new add_something --template rls-table   write a migration, its undo and its test (pgmig new --list)', '  pgmig lint && pgmig test                       check them here');
    if (r.files.some((f) => f.role === 'workflow')) {
        lines.push('  commit both files; for /migrate rollback, add the secret MIGRATIONS_DATABASE_URL and an environment', '  named "migrations" with required reviewers (Settings > Environments)');
    }
    return `${lines.join('\n')}\n`;
}
/** `pgmig init`, added to the CLI program. */
function registerInit(program, io, setExit) {
    program
        .command('init')
        .description('Set up pgmig in a repository: write .pgmig.yml (finding the Flyway folder) and .github/workflows/migrations.yml.')
        .option('--postgres <versions>', 'PostgreSQL major versions to test on in CI, comma-separated (the lowest becomes postgresVersion)', '16')
        .option('--branch <name>', "the default branch, where pending migrations get their version (default: origin's HEAD, else the current branch, else main)")
        .option('-m, --migrations <dir>', 'the migrations folder, instead of finding it')
        .option('--tests <dir>', 'the pgTAP tests folder, instead of finding it')
        .option('--no-config', 'do not write .pgmig.yml')
        .option('--no-workflow', 'do not write the workflow')
        .option('--templates <dir>', "a templates folder of your own, laid out like pgmig's templates/ (workflows/migrations.yml)")
        .addHelpText('after', `
Run it at the root of the project (the workflow goes to the root of the git repository).

The migrations folder is the first location in flyway.conf (flyway.locations) or flyway.toml
(locations) when there is one, else the folder below the working directory with the most Flyway
files (V<version>__<description>.sql), else db/migration. .pgmig.yml says how many versioned
files it holds and the highest version, which the first pending migration will follow; other
folders with Flyway files (test data, another database) are named in it but not checked. The
tests folder is the one holding pgTAP files (they call plan(), no_plan() or done_testing()),
else "tests" beside the migrations folder. Missing folders are created.

The workflow calls pgmig's reusable workflow on pull requests (lint, and test on PostgreSQL),
on pushes to the default branch (number pending migrations) and on pull-request comments
(/migrate rollback|plan|help, in the environment "migrations", with the database URL from the
secret MIGRATIONS_DATABASE_URL).

pgmig init never overwrites a file: when .pgmig.yml or the workflow exists, it stops and
writes nothing (--no-config or --no-workflow writes the other one alone).

Exit codes: 0 written, 2 a file exists already, or a bad option.

Examples:
  pgmig init
  pgmig init --postgres 15,16 --branch main
  pgmig init --migrations src/main/resources/db/migration --no-workflow`)
        .action((o) => {
        const postgres = o.postgres.split(',').map((v) => v.trim()).filter(Boolean);
        const result = runInit({ cwd: io.cwd, env: io.env, postgres, branch: o.branch, migrations: o.migrations, tests: o.tests, config: o.config, workflow: o.workflow, templates: o.templates });
        io.stdout(formatInitResult(result));
        setExit(0);
    });
}

;// CONCATENATED MODULE: ./src/commands/rollback-command.ts



/** `pgmig rollback [<version>|last]`: the same rollback as `/migrate rollback`, from a terminal. */
function registerRollback(program, io, setExit) {
    program
        .command('rollback')
        .description("Run a migration's undo file and remove its flyway_schema_history rows, in one transaction (all or nothing).")
        .argument('[version]', 'the version to roll back, or last (the newest applied version)', (v) => {
        if (v !== 'last' && !/^\d+(?:[._]\d+)*$/.test(v))
            throw new InvalidArgumentError('expected a version such as 12 or 1.2, or last');
        return v;
    })
        .option('--database-url <url>', 'the database to roll back (default: DATABASE_URL, then the PG* variables)')
        .option('--dry-run', 'run it all, then roll the transaction back: nothing changes')
        .option('--plan', 'say what would run and what blocks it; run nothing')
        .option('--lock-timeout <duration>', 'the longest SET LOCAL lock_timeout for each undo file, such as 2s or 500ms (default: lockTimeout.max of the config)', (v) => {
        const ms = (0,migrations_config/* parseDuration */.E9)(v);
        if (ms === undefined)
            throw new InvalidArgumentError('expected a duration such as 2s, 500ms or 1min');
        return ms;
    })
        .option('--lock-retries <attempts>', `attempts in all when a lock is not granted within lock_timeout, 1 for no retry (default: lockRetries.attempts of the config, else 5)`, (v) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > migrations_config/* MAX_LOCK_ATTEMPTS */.Sg)
            throw new InvalidArgumentError(`expected a whole number from 1 to ${migrations_config/* MAX_LOCK_ATTEMPTS */.Sg}`);
        return n;
    })
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
        .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
        .addHelpText('after', `
Runs the undo file (U<version>__*.sql) of an applied migration under SET LOCAL lock_timeout, and
deletes the version's rows from flyway_schema_history, in one transaction: all of it happens,
or nothing does. When a lock is not granted in time, the whole transaction is rolled back and
run again after a pause, with a longer lock_timeout (100ms, 200ms, 500ms, 1s, … up to
--lock-timeout, which the last attempt gets), within lockRetries (attempts, maxTotal) of the
config. It refuses, naming the reason, when the version is not applied, its undo file is
missing or cannot run in a transaction (CONCURRENTLY, its own BEGIN/COMMIT), or a newer version
is applied on top of it (undo files run newest first).

Exit codes: 0 rolled back (or dry run, or plan), 1 refused or failed (nothing changed),
2 usage, config or environment error.

Examples:
  pgmig rollback --plan --database-url postgresql://app@localhost/app
  pgmig rollback last --dry-run
  pgmig rollback 12 --database-url "$STAGING_URL" --lock-timeout 2s --lock-retries 8`)
        .action(async (version, o) => {
        if (o.plan && o.dryRun)
            throw new errors/* UserError */.y('give --plan or --dry-run, not both');
        // loaded on use, so that the lint path never loads the database client
        const [{ runRollback }, { formatRollbackText }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(97), __nccwpck_require__.e(810)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6810)), __nccwpck_require__.e(/* import() */ 908).then(__nccwpck_require__.bind(__nccwpck_require__, 1908))]);
        const result = await runRollback({
            cwd: io.cwd,
            env: io.env,
            databaseUrl: o.databaseUrl,
            config: o.config,
            migrations: o.migrations,
            target: !version || version === 'last' ? { kind: 'last' } : { kind: 'version', version },
            dryRun: o.dryRun,
            planOnly: o.plan,
            lockTimeoutMs: o.lockTimeout,
            lockAttempts: o.lockRetries,
            // a wait for locks can be long: say what happens as it happens (the report has it too)
            log: io.isTTY ? (line) => io.stderr(`pgmig: ${line}\n`) : undefined,
        });
        io.stdout(o.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatRollbackText(result));
        setExit(result.status === 'refused' || result.status === 'failed' || (result.status === 'planned' && result.blockers.length > 0) ? 1 : 0);
    });
}

;// CONCATENATED MODULE: ./src/cli.ts











function nonNegativeInt(v) {
    if (!/^\d+$/.test(v))
        throw new InvalidArgumentError('expected a whole number, 0 or more');
    return Number(v);
}
function positiveInt(v) {
    if (!/^\d+$/.test(v) || Number(v) < 1)
        throw new InvalidArgumentError('expected a whole number, 1 or more');
    return Number(v);
}
function buildProgram(io, setExit) {
    const program = new Command('pgmig')
        .description('Make PostgreSQL migrations safe to merge: lint, apply and test, number at merge, roll back.')
        .version(VERSION, '-v, --version')
        .showHelpAfterError('(run pgmig --help for usage)')
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .exitOverride();
    program
        .command('lint')
        .description('Check migration SQL with the PostgreSQL grammar and the rule set (exit 1 on errors).')
        .argument('[files...]', 'migration files to lint; none: every migration (or those changed since --changed-since)')
        .option('--changed-since <ref>', 'lint migrations added or changed since the merge base with <ref>; numbering rules compare with <ref>')
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
        .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
        .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInt)
        .option('--no-color', 'no colours in text output (default: colours only on a terminal)')
        .addHelpText('after', `
Exit codes: 0 clean or warnings only, 1 error findings (or too many warnings),
2 usage, config or environment error.

Examples:
  pgmig lint                                 lint every migration in the configured folder
  pgmig lint db/migration/V12__add_index.sql lint one file, earlier migrations as context
  pgmig lint --changed-since origin/main     lint what a pull request adds or changes
  pgmig lint --format sarif > pgmig.sarif    for GitHub code scanning`)
        .action(async (files, o) => {
        const { result } = await runLint({ cwd: io.cwd, files, changedSince: o.changedSince, config: o.config, migrations: o.migrations });
        const color = o.color && io.isTTY && !io.env.NO_COLOR;
        io.stdout(formatResult(o.format, result, { color, rules: rules/* RULES */.y0, version: VERSION }));
        const tooManyWarnings = o.maxWarnings !== undefined && result.summary.warnings > o.maxWarnings;
        if (tooManyWarnings && o.format === 'text') {
            io.stderr(`pgmig: ${result.summary.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
        }
        setExit(result.summary.errors > 0 || tooManyWarnings ? 1 : 0);
    });
    program
        .command('test')
        .description('Apply the migrations to a fresh database with a lock trace, run the pgTAP tests, rehearse every undo (exit 1 on failures).')
        .argument('[files...]', 'the new migrations; none: every migration (or those changed since --changed-since)')
        .option('--database-url <url>', 'server to test on (default: DATABASE_URL, the PG* variables, else a throwaway cluster)')
        .option('--changed-since <ref>', 'the new migrations are those added or changed since the merge base with <ref>')
        .option('--keep', 'keep the test database and print its URL; a throwaway cluster then keeps serving it until Ctrl-C')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
        .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
        .option('-m, --migrations <dir...>', 'migrations folder(s), overriding the config')
        .option('-t, --tests <dir>', 'pgTAP tests folder, overriding the config')
        .option('--no-color', 'no colours in text output (default: colours only on a terminal)')
        .addHelpText('after', `
A fresh database is created (and dropped, unless --keep). Base migrations run first, each file
in one transaction (statement by statement when it holds CONCURRENTLY, VACUUM, …), recorded in
a Flyway-compatible flyway_schema_history; the new ones run statement by statement with the
locks they take on existing tables, rewrites and durations recorded. Then every pgTAP file runs
in a transaction that is rolled back, and every undo file is applied, compared with the schema
before its migration, and the migration applied again.

Exit codes: 0 all good, 1 a migration, test or undo rehearsal failed (including a
statement_timeout or lock_timeout it ran into, or a required undo file missing), 2 usage,
config or environment error (server unreachable or gone, connection lost, backend terminated
or cancelled from outside, out of disk, memory or temp_file_limit, pgTAP missing).
Ctrl-C or SIGTERM: pgmig names what was running, drops the test database (or stops and
deletes the throwaway cluster), then ends by the signal (exit 130 or 143).

Examples:
  pgmig test                                   every migration is new, on a throwaway cluster
  pgmig test --changed-since origin/main       what a pull request adds, on top of the rest
  pgmig test --database-url postgresql://postgres@localhost:5432/postgres --keep`)
        .action(async (files, o) => {
        const color = o.color && io.isTTY && !io.env.NO_COLOR;
        // loaded on use: the database client and the TAP parser cost a one-file lint a third of its start-up
        const [{ runTest }, { formatTestJson }, { formatTestMarkdown }, { formatTestText }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(415), __nccwpck_require__.e(97), __nccwpck_require__.e(527)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2527)),
            __nccwpck_require__.e(/* import() */ 995).then(__nccwpck_require__.bind(__nccwpck_require__, 995)),
            __nccwpck_require__.e(/* import() */ 96).then(__nccwpck_require__.bind(__nccwpck_require__, 8096)),
            __nccwpck_require__.e(/* import() */ 518).then(__nccwpck_require__.bind(__nccwpck_require__, 6518)),
        ]);
        const result = await runTest({
            cwd: io.cwd,
            env: io.env,
            files,
            changedSince: o.changedSince,
            databaseUrl: o.databaseUrl,
            keep: o.keep,
            config: o.config,
            migrations: o.migrations,
            tests: o.tests,
            // progress is for people watching a terminal; reports stay clean on stdout
            progress: o.format === 'text' && io.isTTY ? (line) => io.stderr(`${line}\n`) : undefined,
        });
        const text = o.format === 'json' ? formatTestJson(result) : o.format === 'markdown' ? formatTestMarkdown(result) : formatTestText(result, { color });
        io.stdout(text);
        if (o.keep && result.database.url && o.format !== 'text')
            io.stderr(`pgmig: kept the test database: ${result.database.url}\n`);
        setExit(result.summary.errors > 0 ? 1 : 0);
    });
    program
        .command('assign')
        .description('Give pending migrations (VXXX__*.sql, and versions used twice) the next free version; rename, commit and push, race-safe.')
        .option('--dry-run', 'print the plan; rename, commit and push nothing')
        .option('--no-push', 'commit locally; do not fetch or push')
        .option('--remote <name>', 'git remote to push to', 'origin')
        .option('--branch <name>', 'branch to push to (default: the checked-out branch; GITHUB_REF_NAME when HEAD is detached)')
        .option('--max-tries <n>', 'push attempts before giving up when others keep pushing', positiveInt, 10)
        .option('--author <identity>', 'commit author and committer, "Name <email>"', 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-c, --config <file>', 'config file (default: .pgmig.yml found from the working directory up)')
        .addHelpText('after', `
Run it in a clean checkout of the branch (in CI: on push to the default branch, with the full
history, actions/checkout fetch-depth: 0).

Pending migrations are the placeholder files (VXXX__<description>.sql, "placeholder" in the
config) and versioned files whose version another file reached the branch with first (the
earlier one keeps it; "first" is the order of the branch's own history). Each gets the highest
version in its range plus one, in the order the files reached the branch, then by name; gaps
are never filled. The range ("versionRanges") is the one its current version is in, else the
one named by a "-- pgmig-range: <n>" line in the file, else the one most numbered files of the
same folder are in (a folder of test data keeps to V10000+, say), else the first.

The undo file (UXXX__<description>.sql) and the pgTAP files under "tests" whose name carries
the placeholder (or the old version) and the description are renamed with it by git mv, and
references to the placeholder inside them (a "-- VXXX" header) are updated. All of it goes in
one commit ("migrations: assign V227 to user_lead_protection") pushed without force (commits
of the checkout that the remote lacks are rebased onto its tip and pushed with it). When the
push is refused because someone pushed first, pgmig fetches, moves onto the new tip, plans
again and retries (up to --max-tries, with jittered backoff); then it fails and the remote
branch stays as others left it. Nothing pending: no commit, exit 0.

Exit codes: 0 done (or nothing to do), 1 the push failed (refused, or --max-tries used up),
2 usage, config or environment error (dirty work tree, detached HEAD without --branch).

Examples:
  pgmig assign --dry-run                 show which numbers the pending files would get now
  pgmig assign                           number, commit and push to origin
  pgmig assign --no-push                 number and commit locally
  pgmig assign --branch main --format json`)
        .action(async (o) => {
        const [{ runAssign }, { formatAssignJson, formatAssignText }] = await Promise.all([__nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 9005)), __nccwpck_require__.e(/* import() */ 789).then(__nccwpck_require__.bind(__nccwpck_require__, 1789))]);
        const result = await runAssign({
            cwd: io.cwd,
            config: o.config,
            remote: o.remote,
            branch: o.branch,
            dryRun: o.dryRun,
            push: o.push,
            maxTries: o.maxTries,
            author: o.author,
            env: io.env,
            log: o.format === 'text' ? (line) => io.stderr(`pgmig: ${line}\n`) : undefined,
        });
        io.stdout(o.format === 'json' ? formatAssignJson(result) : formatAssignText(result, result.placeholder));
        setExit(0);
    });
    registerNew(program, io, setExit);
    registerInit(program, io, setExit);
    registerRollback(program, io, setExit);
    program
        .command('rules')
        .description('List every rule with its default severity.')
        .option('--json', 'as JSON')
        .action((o) => io.stdout(listRules(!!o.json)));
    program
        .command('explain')
        .description('Explain a rule: why it matters, the lock it takes, and the safe alternative with an example.')
        .argument('<rule>', 'rule id, as printed in findings')
        .option('--markdown', 'as the Markdown page in docs/rules/')
        .action((rule, o) => io.stdout(o.markdown ? explainMarkdown(rule) : explainRule(rule)));
    program
        .command('docs', { hidden: true })
        .description('Write docs/rules/*.md and the README rule table from the rules themselves.')
        .argument('[dir]', 'repository root', '.')
        .action((dir) => writeDocs((0,external_node_path_.resolve)(io.cwd, dir)));
    return program;
}
/** Runs the CLI and returns the exit code; never throws for user mistakes. */
async function runCli(argv, io) {
    let code = 0;
    const program = buildProgram(io, (c) => (code = c));
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof CommanderError) {
            // help and version print and exit 0; usage mistakes are exit 2
            return err.exitCode === 0 ? 0 : 2;
        }
        if (err instanceof errors/* UserError */.y) {
            io.stderr(`pgmig: ${err.message}\n`);
            return err.exitCode;
        }
        io.stderr(`pgmig: internal error: ${err?.stack ?? err}\nPlease report this with the command you ran.\n`);
        return 3;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _sql_wasm_dirname_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8771);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(566);


const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad flag, bad config, unreadable file, missing server). The CLI
 * prints its message without a stack trace and exits with `exitCode` (2 by the contract).
 */
class UserError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'UserError';
    }
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS),
/* harmony export */   NZ: () => (/* binding */ remoteExists),
/* harmony export */   QG: () => (/* binding */ unshallow),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   UZ: () => (/* binding */ integrate),
/* harmony export */   YR: () => (/* binding */ commitAs),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   aZ: () => (/* binding */ parseIdentity),
/* harmony export */   dw: () => (/* binding */ stage),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   lN: () => (/* binding */ repoRootAsync),
/* harmony export */   mV: () => (/* binding */ moveFile),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   ns: () => (/* binding */ arrivals),
/* harmony export */   pm: () => (/* binding */ resetHard),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   sR: () => (/* binding */ changesSince),
/* harmony export */   vI: () => (/* binding */ pushHead),
/* harmony export */   vp: () => (/* binding */ isShallowAsync),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   z1: () => (/* binding */ workTreeState)
/* harmony export */ });
/* unused harmony export isAncestor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);


function runGit(cwd, args) {
    try {
        const stdout = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
        return { ok: true, stdout, stderr: '', status: 0 };
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH');
        return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? '', status: e.status ?? null };
    }
}
/** Runs git and returns stdout; a failure becomes a UserError that says what git said. */
function git(cwd, args, what) {
    const r = runGit(cwd, args);
    if (r.ok)
        return r.stdout;
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what ?? `git ${args[0]}`} failed: ${detail || 'unknown error'}`);
}
/** A path taken as written, so a folder named `db[1]` or `*` is not read as a pattern. */
function literal(path) {
    return `:(literal)${path}`;
}
function repoRoot(cwd) {
    const r = runGit(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok) {
        const detail = r.stderr.trim().split('\n').pop() ?? '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository, which --changed-since needs (${detail || 'git rev-parse failed'})`);
    }
    return r.stdout.trim();
}
function commitOf(cwd, ref) {
    const r = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
}
function isShallow(cwd) {
    return runGit(cwd, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
}
const FETCH_HINT = 'in GitHub Actions check out with actions/checkout "fetch-depth: 0" (or fetch the base branch), or run `git fetch origin <branch>` locally';
/**
 * The commit a ref names. In CI a pull request is usually checked out without a local branch
 * for its base, so `main` falls back to `origin/main` when that is the only match.
 */
function resolveRef(cwd, ref) {
    if (!ref || ref.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since: "${ref}" is not a git ref (expected a branch, tag or commit such as origin/main)`);
    const direct = commitOf(cwd, ref);
    if (direct)
        return { name: ref, commit: direct };
    const remote = `origin/${ref}`;
    const viaOrigin = ref.startsWith('origin/') ? undefined : commitOf(cwd, `refs/remotes/${remote}`);
    if (viaOrigin)
        return { name: remote, commit: viaOrigin };
    const shallow = isShallow(cwd) ? ' This clone is shallow.' : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: git cannot find "${ref}" (nor "${remote}") in this repository; check the name, or fetch it first.${shallow} ` +
        `To compare with a branch, ${FETCH_HINT.replace('<branch>', ref.replace(/^origin\//, ''))}.`);
}
/** The commit where HEAD's history joins `ref` (the point a pull request branched from). */
function mergeBase(cwd, ref) {
    const { name } = resolveRef(cwd, ref);
    const r = runGit(cwd, ['merge-base', name, 'HEAD']);
    if (r.ok && r.stdout.trim())
        return r.stdout.trim();
    if (r.status === 1 && !r.stderr.trim()) {
        const why = isShallow(cwd)
            ? 'this clone is shallow, so the commit they share is missing'
            : 'their histories are unrelated';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: ${name} and HEAD have no common commit (${why}); ${FETCH_HINT.replace('<branch>', name.replace(/^origin\//, ''))}.`);
    }
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: finding the merge base of ${name} and HEAD failed: ${detail || 'unknown error'}`);
}
/**
 * Files added, changed or deleted between `commit` and the work tree: committed, staged and
 * unstaged changes alike, and untracked files (not ignored) count as added. Run it at the
 * repository root; `paths` are relative to it.
 */
function changesSince(cwd, commit, paths) {
    const specs = paths.map(literal);
    const byPath = new Map();
    const diff = git(cwd, ['diff', '--name-status', '--no-renames', '--no-ext-diff', '-z', commit, '--', ...specs], 'listing changed files');
    const parts = diff.split('\0').filter(Boolean);
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const s = parts[i][0];
        byPath.set(parts[i + 1], s === 'A' ? 'A' : s === 'D' ? 'D' : 'M');
    }
    const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...specs], 'listing untracked files');
    for (const p of untracked.split('\0').filter(Boolean)) {
        // removed from the index but still on disk: git diff calls it deleted, yet the file is there
        byPath.set(p, byPath.get(p) === 'D' ? 'M' : 'A');
    }
    return [...byPath].map(([path, status]) => ({ status, path }));
}
/** Paths (relative to the repository root) of the files under `paths` in a commit. */
function filesAt(cwd, commit, paths) {
    const out = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the base tree');
    return out.split('\0').filter(Boolean);
}
/** Whether `oldPath` at `commit` and `newPath` in the work tree hold the same bytes: a move, not an edit. */
function sameContent(cwd, commit, oldPath, newPath) {
    const before = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${oldPath}`]);
    // hash-object applies the same clean filters (line endings) as `git add` would
    const after = runGit(cwd, ['hash-object', '--', newPath]);
    return before.ok && after.ok && before.stdout.trim() === after.stdout.trim();
}
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** `Name <email>` -> identity; undefined when it is not of that shape. */
function parseIdentity(text) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    return m && m[1] ? { name: m[1], email: m[2] } : undefined;
}
// a credential prompt on the terminal would hang a CI job forever; failing is better (askpass
// programs are left alone: editors such as VS Code hand credentials over through them)
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0' };
function runGitAsync(cwd, args, env, timeoutMs) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...NON_INTERACTIVE, ...env }, ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGTERM' } : {}) }, (err, stdout, stderr) => {
            if (!err)
                return resolvePromise({ ok: true, stdout, stderr, status: 0 });
            const e = err;
            if (e.code === 'ENOENT')
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH'));
            const timedOut = !!timeoutMs && !!e.killed && e.signal === 'SIGTERM';
            resolvePromise({ ok: false, stdout: stdout ?? '', stderr: stderr ?? '', status: typeof e.code === 'number' ? e.code : null, ...(timedOut ? { timedOut } : {}) });
        });
    });
}
function lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
async function gitAsync(cwd, args, what, env) {
    const r = await runGitAsync(cwd, args, env);
    if (r.ok)
        return r.stdout;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} failed: ${lastLine(r.stderr) || lastLine(r.stdout) || 'unknown error'}`);
}
async function repoRootAsync(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository (${lastLine(r.stderr) || 'git rev-parse failed'}); run pgmig assign in a checkout of the branch`);
    return r.stdout.trim();
}
async function headCommit(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the repository has no commit yet (HEAD does not point to a commit)');
    return r.stdout.trim();
}
/** The branch HEAD is on; undefined when HEAD is detached. */
async function currentBranch(cwd) {
    const r = await runGitAsync(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return r.ok ? r.stdout.trim() || undefined : undefined;
}
async function isShallowAsync(cwd) {
    return (await runGitAsync(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}
async function remoteExists(cwd, remote) {
    return (await runGitAsync(cwd, ['remote', 'get-url', remote])).ok;
}
/** Whether `name` is a valid branch name (so it cannot smuggle in an option or a refspec). */
async function isValidBranchName(cwd, name) {
    if (!name || name.startsWith('-'))
        return false;
    return (await runGitAsync(cwd, ['check-ref-format', '--branch', name])).ok;
}
/** What `git status` reports; untracked files are only looked for under `untrackedUnder`. */
async function workTreeState(cwd, untrackedUnder) {
    const tracked = await gitAsync(cwd, ['status', '--porcelain', '-z', '--untracked-files=no'], 'git status');
    const changed = tracked.split('\0').filter((l) => /^[ MADRCUT?!]{2} /.test(l));
    let untracked = [];
    if (untrackedUnder.length > 0) {
        const out = await gitAsync(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...untrackedUnder.map(literal)], 'listing untracked files');
        untracked = out.split('\0').filter(Boolean);
    }
    return { changed, untracked };
}
/** Paths (relative to the repository root) of the files under `paths` in a commit, async. */
async function listTree(cwd, commit, paths) {
    if (paths.length === 0)
        return [];
    const out = await gitAsync(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the files of HEAD');
    return out.split('\0').filter(Boolean);
}
/**
 * When each path under `paths` reached the branch: the commit on HEAD's first-parent line
 * (the branch's own history, where a merged pull request is its merge commit) that last added
 * it. Renames count as an addition of the new path: a number given by an earlier assign is
 * dated from that assign's commit.
 */
async function arrivals(cwd, paths) {
    const out = await gitAsync(cwd, ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--diff-filter=A', '--format=%x01%H', '--name-only', '-z', 'HEAD', '--', ...paths.map(literal)], 'reading the history of the migrations');
    const chunks = out.split('\x01').filter((c) => c.trim());
    const found = new Map();
    // git log lists the newest commit first; the newest addition of a path is the one that counts
    chunks.forEach((chunk, i) => {
        const [head, ...rest] = chunk.split('\0');
        const commit = head.trim();
        const order = chunks.length - 1 - i;
        for (const raw of rest) {
            const path = raw.replace(/^\n/, '');
            if (path && !found.has(path))
                found.set(path, { order, commit });
        }
    });
    return found;
}
/** `git mv` of one file; the target folder must exist. */
async function moveFile(cwd, from, to) {
    await gitAsync(cwd, ['mv', '--', from, to], `git mv ${from} ${to}`);
}
async function stage(cwd, paths) {
    if (paths.length > 0)
        await gitAsync(cwd, ['add', '--', ...paths.map(literal)], 'git add');
}
function identityEnv(who) {
    return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}
/**
 * Commits what is staged as `who` (author and committer) and returns the new commit. Hooks and
 * signing are skipped: the commit is a mechanical rename made by a bot that holds no key.
 */
async function commitAs(cwd, message, who) {
    await gitAsync(cwd, ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message], 'git commit', identityEnv(who));
    return headCommit(cwd);
}
/** How long one push or fetch of `pgmig assign` may take before it is given up (a hung server would otherwise hold the job). */
const DEFAULT_NETWORK_TIMEOUT_MS = 300_000;
/** The tip of `branch` on `remote` after fetching it; undefined when the remote has no such branch. */
async function fetchBranch(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], undefined, timeoutMs);
    if (!r.ok) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        const why = r.timedOut ? `no answer within ${seconds(timeoutMs)}` : lastLine(r.stderr) || 'unknown error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`git fetch ${remote} ${branch} failed: ${why}; check that ${remote} is reachable and this checkout may read it (git remote -v shows its URL)`);
    }
    const tip = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `refs/remotes/${remote}/${branch}^{commit}`]);
    return tip.ok ? tip.stdout.trim() : undefined;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/** Fetches the whole history of a shallow clone; false when the remote could not give it. */
async function unshallow(cwd, remote) {
    return (await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--unshallow', remote])).ok;
}
async function isAncestor(cwd, ancestor, of) {
    return (await runGitAsync(cwd, ['merge-base', '--is-ancestor', ancestor, of])).ok;
}
/** Moves the current branch, index and work tree to `commit` (only ever to drop pgmig's own commit or to fast-forward). */
async function resetHard(cwd, commit) {
    await gitAsync(cwd, ['reset', '--quiet', '--hard', commit], `git reset --hard ${commit.slice(0, 12)}`);
}
/**
 * Puts HEAD on top of `tip`: a fast-forward when HEAD has nothing of its own, else a rebase of
 * the local commits (aborted on a conflict, leaving HEAD where it was).
 */
async function integrate(cwd, tip) {
    const head = await headCommit(cwd);
    if (head === tip || (await isAncestor(cwd, tip, head)))
        return 'up-to-date';
    if (await isAncestor(cwd, head, tip)) {
        await resetHard(cwd, tip);
        return 'fast-forward';
    }
    const r = await runGitAsync(cwd, ['rebase', '--quiet', '--no-autostash', tip]);
    if (r.ok)
        return 'rebased';
    await runGitAsync(cwd, ['rebase', '--abort']);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the local commits of this branch could not be rebased onto the remote tip ${tip.slice(0, 12)} (${lastLine(r.stderr) || lastLine(r.stdout) || 'rebase failed'}); ` +
        'bring the branch up to date by hand, then run pgmig assign again');
}
// Reasons on the `!` line that mean "the branch moved under you": the classic non-fast-forward,
// and the ref-lock races a server reports when two pushes land at the same instant. Only the
// reason git reports is read: a hook's own text (`remote: …`) may use the same words for a refusal.
const STALE = /non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to lock|failed to update ref|incorrect old value|is at [0-9a-f]+ but expected|reference already exists/i;
const DENIED = /returned error: 40[13]|Authentication failed|Permission to \S+ denied|Write access to repository not granted/i;
/** Pushes HEAD to `branch` on `remote`, never forcing. */
async function pushHead(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], undefined, timeoutMs);
    if (r.ok)
        return { ok: true };
    const text = `${r.stdout}\n${r.stderr}`;
    // what the server's hooks printed, for the user (GitHub explains branch protection there)
    const said = text
        .split('\n')
        .filter((l) => l.startsWith('remote:'))
        .map((l) => l.slice('remote:'.length).trim())
        .filter((l) => l && !/^error: (cannot lock ref|hook declined to update)/.test(l))
        .slice(0, 5);
    if (r.timedOut)
        return { ok: false, kind: 'lost', message: `no answer within ${seconds(timeoutMs)}`, remote: said };
    // porcelain: `!<TAB>HEAD:refs/heads/main<TAB>[remote rejected] (pre-receive hook declined)`
    const rejected = text.split('\n').find((l) => l.startsWith('!'));
    if (!rejected) {
        const fatal = text.split('\n').map((l) => l.trim()).find((l) => /^fatal: /.test(l) && !/Could not read from remote/i.test(l));
        const message = (fatal ?? lastLine(r.stderr)).replace(/^fatal: /, '') || 'unknown error';
        // an HTTP server that refuses the credentials answers before taking anything
        if (DENIED.test(message) || said.some((l) => DENIED.test(l)))
            return { ok: false, kind: 'refused', message, remote: said };
        return { ok: false, kind: 'lost', message, remote: said };
    }
    const message = (rejected.split('\t').pop() ?? '').trim() || 'rejected';
    if (STALE.test(message))
        return { ok: false, kind: 'stale', message };
    return { ok: false, kind: 'refused', message, remote: said };
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Sg: () => (/* binding */ MAX_LOCK_ATTEMPTS),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony exports defaultConfig, findConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);




const CONFIG_FILE = '.pgmig.yml';
/** More lock attempts than this is waiting out an outage, not a busy moment. */
const MAX_LOCK_ATTEMPTS = 50;
function defaultConfig(root) {
    return {
        root,
        migrations: ['db/migration'],
        tests: 'db/tests',
        placeholder: 'VXXX',
        versionRanges: [],
        rules: {},
        rls: { schemas: ['public'], exclude: ['flyway_schema_history'] },
        lockTimeout: { maxMs: 5000 },
        lockRetries: { attempts: 5, maxTotalMs: 60_000 },
        assumeInTransaction: false,
        postgresVersion: 16,
        requireUndo: false,
    };
}
/** Walks up from `cwd` to the first `.pgmig.yml`. */
function findConfig(cwd) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, CONFIG_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Loads the given file, or the one found from `cwd`, or the defaults. */
function loadConfig(cwd, explicit, knownRules) {
    const file = explicit ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, explicit) : findConfig(cwd);
    if (!file)
        return defaultConfig((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd));
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read config ${file}: ${err.code ?? err}`);
    }
    return parseConfig(text, file, knownRules);
}
const KEYS = [
    'migrations', 'tests', 'placeholder', 'versionRanges', 'rules', 'rls', 'lockTimeout', 'lockRetries',
    'assumeInTransaction', 'postgresVersion', 'requireUndo',
];
function parseConfig(text, file, knownRules) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const where = e.linePos?.[0] ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const raw = doc.toJS() ?? {};
    const config = defaultConfig((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
    config.file = file;
    const bad = (key, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${file}: ${key}: ${what}`);
    if (!isObject(raw))
        throw bad('(top level)', 'expected a mapping of keys to values');
    for (const [key, value] of Object.entries(raw)) {
        switch (key) {
            case 'migrations': {
                const list = typeof value === 'string' ? [value] : value;
                if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v)) {
                    throw bad(key, 'expected a directory or a non-empty list of directories');
                }
                config.migrations = list;
                break;
            }
            case 'tests':
                if (typeof value !== 'string' || !value)
                    throw bad(key, 'expected a directory');
                config.tests = value;
                break;
            case 'placeholder':
                if (typeof value !== 'string' || !/^V[A-Za-z]+$/.test(value)) {
                    throw bad(key, 'expected V followed by letters, e.g. VXXX');
                }
                config.placeholder = value;
                break;
            case 'versionRanges':
                config.versionRanges = parseRanges(value, (what) => bad(key, what));
                break;
            case 'rules': {
                if (!isObject(value))
                    throw bad(key, 'expected a mapping of rule id to off, warning or error');
                for (const [rule, sev] of Object.entries(value)) {
                    if (knownRules && !knownRules.has(rule))
                        throw bad(`rules.${rule}`, 'unknown rule (run `pgmig rules` for the list)');
                    if (sev !== 'off' && sev !== 'warning' && sev !== 'error') {
                        throw bad(`rules.${rule}`, `expected off, warning or error, got ${JSON.stringify(sev)}`);
                    }
                    config.rules[rule] = sev;
                }
                break;
            }
            case 'rls': {
                if (!isObject(value))
                    throw bad(key, 'expected a mapping with schemas and exclude');
                for (const [k, v] of Object.entries(value)) {
                    if (k !== 'schemas' && k !== 'exclude')
                        throw bad(`rls.${k}`, 'unknown key (expected schemas or exclude)');
                    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
                        throw bad(`rls.${k}`, 'expected a list of names');
                    config.rls[k] = v;
                }
                break;
            }
            case 'lockTimeout': {
                if (!isObject(value))
                    throw bad(key, 'expected a mapping like {max: 5s}');
                for (const [k, v] of Object.entries(value)) {
                    if (k !== 'max')
                        throw bad(`lockTimeout.${k}`, 'unknown key (expected max)');
                    const ms = parseDuration(v);
                    if (ms === undefined || ms <= 0)
                        throw bad('lockTimeout.max', `expected a duration such as 5s or 500ms, got ${JSON.stringify(v)}`);
                    config.lockTimeout.maxMs = ms;
                }
                break;
            }
            case 'lockRetries': {
                if (!isObject(value))
                    throw bad(key, 'expected a mapping like {attempts: 5, maxTotal: 60s}');
                for (const [k, v] of Object.entries(value)) {
                    if (k === 'attempts') {
                        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_LOCK_ATTEMPTS) {
                            throw bad('lockRetries.attempts', `expected a whole number from 1 (no retry) to ${MAX_LOCK_ATTEMPTS}, got ${JSON.stringify(v)}`);
                        }
                        config.lockRetries.attempts = v;
                    }
                    else if (k === 'maxTotal') {
                        const ms = parseDuration(v);
                        if (ms === undefined || ms <= 0)
                            throw bad('lockRetries.maxTotal', `expected a duration such as 60s or 5min, got ${JSON.stringify(v)}`);
                        config.lockRetries.maxTotalMs = ms;
                    }
                    else
                        throw bad(`lockRetries.${k}`, 'unknown key (expected attempts or maxTotal)');
                }
                break;
            }
            case 'assumeInTransaction':
            case 'requireUndo':
                if (typeof value !== 'boolean')
                    throw bad(key, 'expected true or false');
                config[key] = value;
                break;
            case 'postgresVersion':
                if (typeof value !== 'number' || !Number.isInteger(value) || value < 9 || value > 30) {
                    throw bad(key, 'expected a PostgreSQL major version such as 16');
                }
                config.postgresVersion = value;
                break;
            default:
                throw bad(key, `unknown key (known keys: ${KEYS.join(', ')})`);
        }
    }
    return config;
}
function parseRanges(value, bad) {
    if (!Array.isArray(value))
        throw bad('expected a list like [{from: 1, to: 7999}, {from: 10000}]');
    return value.map((r, i) => {
        if (!isObject(r))
            throw bad(`item ${i + 1}: expected {from: <n>, to: <n>}`);
        for (const k of Object.keys(r))
            if (k !== 'from' && k !== 'to')
                throw bad(`item ${i + 1}: unknown key ${k}`);
        const from = r.from;
        const to = r.to;
        if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
            throw bad(`item ${i + 1}: from must be a whole number`);
        if (to !== undefined && (typeof to !== 'number' || !Number.isInteger(to) || to < from)) {
            throw bad(`item ${i + 1}: to must be a whole number not below from`);
        }
        return to === undefined ? { from } : { from, to };
    });
}
/** PostgreSQL's own units for durations; a bare number is milliseconds, as for SET lock_timeout. */
function parseDuration(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && v >= 0 ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(v);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 'ms'];
    return n * unit;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   lF: () => (/* binding */ discoverMigrations)
/* harmony export */ });
/* unused harmony export versionedName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8726);




function displayPath(cwd, absPath) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absPath);
    const p = rel && !rel.startsWith('..') ? rel : absPath;
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** Every `.sql` file under the folders (Flyway scans subfolders too), sorted by path. */
function discoverMigrations(cwd, dirs, placeholder) {
    const out = [];
    for (const d of dirs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, d);
        let names;
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migrations folder ${d} is not a directory`);
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, encoding: 'utf8' });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
                throw err;
            const code = err.code;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
                ? `migrations folder ${d} does not exist (set "migrations" in .pgmig.yml or pass files)`
                : `cannot read migrations folder ${d}: ${code ?? err}`);
        }
        for (const n of names.sort()) {
            if (!n.endsWith('.sql'))
                continue;
            const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n);
            // a folder named `x.sql` is not a migration, and reading it would fail the whole run
            if (!isFile(absPath))
                continue;
            out.push(entryFor(cwd, absPath, abs, placeholder));
        }
    }
    return out;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function entryFor(cwd, absPath, dir, placeholder) {
    return { path: displayPath(cwd, absPath), absPath, dir, name: (0,_name_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMigrationName */ .pF)(absPath, placeholder) };
}
/** Whether `abs` is `dir` itself or lies somewhere below it. */
function isInside(dir, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function versionedName(e) {
    return isNameProblem(e.name) ? undefined : e.name;
}


/***/ }),

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isNameProblem),
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Qw: () => (/* binding */ isFlywayCallback),
/* harmony export */   VJ: () => (/* binding */ versionParts),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   fp: () => (/* binding */ undoPlaceholderOf),
/* harmony export */   hI: () => (/* binding */ compareMigrations),
/* harmony export */   pF: () => (/* binding */ parseMigrationName)
/* harmony export */ });
/* unused harmony export suggestMigrationName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const VERSION = /^\d+(?:[._]\d+)*$/;
const DESCRIPTION = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/**
 * Reads a Flyway file name. Returns a problem (never throws) when the name does not follow
 * `V<version>__<description>.sql`, `U<version>__…`, `R__…` or the placeholder form; the
 * problem carries a corrected name when one can be guessed.
 */
function parseMigrationName(file, placeholder = 'VXXX') {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const parsed = readName(name, placeholder);
    if (typeof parsed !== 'string')
        return { ...parsed, file };
    const suggestion = suggestMigrationName(name, placeholder);
    return suggestion ? { file, message: parsed, suggestion } : { file, message: parsed };
}
/** The name's parts, or what is wrong with it. */
function readName(name, placeholder) {
    if (!name.endsWith('.sql'))
        return `${name} is not a .sql file`;
    const stem = name.slice(0, -4);
    const undoPlaceholder = undoPlaceholderOf(placeholder);
    const sep = stem.indexOf('__');
    if (sep < 0) {
        return `${name} has no "__" (two underscores) between the version and the description, as in V<version>__<description>.sql`;
    }
    const prefix = stem.slice(0, sep);
    const description = stem.slice(sep + 2);
    let kind;
    let version = '';
    if (prefix === placeholder)
        kind = 'pending';
    else if (prefix === undoPlaceholder)
        kind = 'pending-undo';
    else if (prefix === 'R')
        kind = 'repeatable';
    else if (prefix[0] === 'V' || prefix[0] === 'U') {
        version = prefix.slice(1);
        if (!version)
            return `${name} has no version after "${prefix[0]}"`;
        if (!VERSION.test(version)) {
            return `${name}: "${version}" is not a version (digits, optionally separated by "." or "_", such as 12 or 1.2)`;
        }
        kind = prefix[0] === 'V' ? 'versioned' : 'undo';
    }
    else if (/^R\d/.test(prefix)) {
        return `${name}: a repeatable migration (R) has no version; it is R__<description>.sql`;
    }
    else if (/^[vur]/.test(prefix)) {
        return `${name}: the prefix "${prefix[0]}" must be upper case (V, U or R)`;
    }
    else if (!prefix) {
        return `${name} has nothing before "__"; it must start with V<version>, U<version>, R or ${placeholder}`;
    }
    else {
        return `${name} does not start with V<version>, U<version>, R or ${placeholder}`;
    }
    if (!description)
        return `${name} has no description after "__"`;
    if (!DESCRIPTION.test(description)) {
        return `${name}: the description "${description}" is not lower snake_case (lower-case letters, digits and single underscores)`;
    }
    return { kind, version, parts: versionParts(version), description };
}
function isNameProblem(x) {
    return 'message' in x;
}
/** The undo form of the placeholder: `VXXX` -> `UXXX`. */
function undoPlaceholderOf(placeholder) {
    return `U${placeholder.slice(1)}`;
}
/**
 * Guesses the name the author meant: the prefix upper-cased, "__" after the version and the
 * description in lower snake_case. A name with no recognisable prefix becomes a placeholder
 * (numbered at merge). Undefined when nothing sensible can be made of it or it is already right.
 */
function suggestMigrationName(name, placeholder = 'VXXX') {
    if (!/\.sql$/i.test(name))
        return undefined;
    const stem = name.slice(0, -4);
    let prefix;
    let rest;
    const letter = stem[0]?.toUpperCase();
    if (/^\d/.test(stem)) {
        // timestamp-style names from other tools: 20240101_add_index.sql
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(stem) ?? /^\d+/.exec(stem);
        prefix = `V${v[0]}`;
        rest = stem.slice(v[0].length);
    }
    else if ((letter === 'V' || letter === 'U') && /^[-_. \d]|^$/.test(stem.slice(1)) || isPlaceholderPrefix(stem, placeholder)) {
        const afterLetter = stem.slice(1);
        const ph = placeholder.slice(1);
        // the version ends where a separator or a letter starts; `V12_2fa` is version 12, not 12.2
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(afterLetter) ?? /^\d+/.exec(afterLetter);
        if (isPlaceholderPrefix(stem, placeholder)) {
            prefix = `${letter}${ph}`;
            rest = afterLetter.slice(ph.length);
        }
        else if (v) {
            prefix = `${letter}${v[0]}`;
            rest = afterLetter.slice(v[0].length);
        }
        else {
            // `V__add_index.sql`: the version is missing, so leave it to `pgmig assign`
            prefix = letter === 'V' ? placeholder : undoPlaceholderOf(placeholder);
            rest = afterLetter;
        }
    }
    else if (letter === 'R' && /^[-_. \d]/.test(stem.slice(1))) {
        prefix = 'R';
        rest = stem.slice(1).replace(/^[\d._]*/, '');
    }
    else if (stem.includes('__')) {
        // an unknown prefix before "__": guessing would likely be wrong
        return undefined;
    }
    else {
        // no prefix at all (`add_index.sql`, `UpdateUsers.sql`): a placeholder, numbered at merge
        prefix = placeholder;
        rest = stem;
    }
    const description = snakeCase(rest);
    if (!description)
        return undefined;
    const guess = `${prefix}__${description}.sql`;
    if (guess === name)
        return undefined;
    return isNameProblem(parseMigrationName(guess, placeholder)) ? undefined : guess;
}
/** `vxxx_…`, `UXXX-…`: the placeholder (or its undo form) in any case, followed by a separator. */
function isPlaceholderPrefix(stem, placeholder) {
    const ph = placeholder.slice(1).toUpperCase();
    const upper = stem.toUpperCase();
    return (upper[0] === 'V' || upper[0] === 'U') && upper.slice(1).startsWith(ph) && /^([-_. ]|$)/.test(stem.slice(1 + ph.length));
}
/** `AddIndexToUsers`, `add-index`, `ADD INDEX` -> `add_index_to_users`, `add_index`. */
function snakeCase(s) {
    return s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
/**
 * Flyway SQL callbacks (`beforeMigrate.sql`, `afterMigrate__grants.sql`, …) may sit in the
 * migrations folder: they are not migrations and follow their own naming.
 */
function isFlywayCallback(file) {
    return /^(?:(?:before|after)[A-Z][A-Za-z]*|createSchema)(?:__[^/\\]+)?\.sql$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file));
}
function versionParts(version) {
    if (!version)
        return [];
    return version.split(/[._]/).map((p) => BigInt(p));
}
/**
 * One string per distinct version, as Flyway tells versions apart: numeric parts with the
 * trailing zero parts dropped, so `1.1`, `1_1`, `01.1` and `1.1.0` are all `1.1`.
 */
function versionKey(parts) {
    const p = [...parts];
    while (p.length > 1 && p[p.length - 1] === 0n)
        p.pop();
    return p.join('.');
}
/** Numeric, part by part; `1.2` < `1.10`, `1.0` equals `1`. */
function compareVersions(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The order Flyway applies files in: versioned by version, then pending ones, then repeatable. */
function compareMigrations(a, b) {
    const rank = (m) => (m.kind === 'pending' ? 1 : m.kind === 'repeatable' ? 2 : 0);
    const r = rank(a) - rank(b);
    if (r !== 0)
        return r;
    const v = compareVersions(a.parts, b.parts);
    if (v !== 0)
        return v;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}


/***/ }),

/***/ 3193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readMigration),
/* harmony export */   z: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5862);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5375);




const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
function readMigration(absPath, shownAs) {
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read ${shownAs}: ${why}`);
    }
    return parseBytes(bytes);
}
function parseBytes(bytes) {
    const nul = bytes.indexOf(0);
    let text;
    if (nul < 0) {
        try {
            text = decoder.decode(bytes);
        }
        catch {
            text = undefined;
        }
    }
    if (text === undefined) {
        const at = nul >= 0 ? `a NUL byte at offset ${nul}` : 'bytes that are not UTF-8';
        return {
            source: new _sql_source_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceText */ .D(''),
            statements: [],
            trailingGapStart: 0,
            error: { index: 0, message: `not a SQL text file: it contains ${at}; save migrations as UTF-8 text` },
        };
    }
    // the decoder already dropped a UTF-8 byte order mark, so line 1 columns match the editor
    return (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(text);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   jI: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_LENGTH */
/** A pull-request comment holds 65,536 characters; the rest is room for the caller's wrapper. */
const MARKDOWN_MAX_LENGTH = 60_000;
/** SQL quoted in the table is cut after this many characters to keep rows readable. */
const SQL_MAX_CHARS = 160;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Text from findings (messages name tables, so they carry SQL identifiers) as inert markdown:
 * HTML-significant characters become entities, markdown punctuation is backslash-escaped
 * (`|` included, so a table cell stays one cell), line breaks become spaces, and `@name` gets a
 * zero-width space so a table called `@org/team` notifies nobody.
 */
function escapeText(s) {
    return s
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        .replace(/@(?=\w)/g, '@&#8203;');
}
/**
 * A code span that shows `s` as written. Code-span content is never parsed as HTML or
 * markdown, so `<script>` stays text there (and entities would show literally, so none are
 * used); only backticks can end it, so the fence is one longer than any run inside. In a table
 * cell a `|` must still be escaped; the row scanner pairs backslashes, so a backslash run
 * before a pipe is doubled to keep the escape intact (it then shows one backslash more).
 */
function codeSpan(s, inTable = false) {
    // eslint-disable-next-line no-control-regex
    let body = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    if (body === '')
        return '';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(longest + 1);
    if (body.startsWith('`') || body.endsWith('`'))
        body = ` ${body} `;
    if (inTable)
        body = body.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs}\\|`);
    return `${f}${body}${f}`;
}
function fenced(content, lang) {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${content}\n${f}`;
}
function counts(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { errors, warnings: findings.length - errors };
}
function tally(errors, warnings) {
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
function verdict(result) {
    const { files, errors, warnings } = result.summary;
    const checked = `${plural(files, 'file')} checked`;
    if (errors + warnings === 0)
        return `✅ **pgmig: no findings** (${checked})`;
    const withFindings = new Set(result.findings.map((f) => f.file)).size;
    const icon = errors > 0 ? '❌' : '⚠️';
    return `${icon} **pgmig: ${tally(errors, warnings)}** in ${plural(withFindings, 'file')} (${checked})`;
}
function quoteSql(result, f) {
    const line = result.sources.get(f.file)?.lineText(f.line) ?? '';
    // only the part that can be shown is split into characters: a line can be the whole file
    const chars = [...line.trim().slice(0, 2 * SQL_MAX_CHARS + 1)];
    const text = chars.length > SQL_MAX_CHARS ? `${chars.slice(0, SQL_MAX_CHARS).join('')}…` : chars.join('');
    return codeSpan(text, true);
}
function row(result, f, rules) {
    const icon = f.severity === 'error' ? '❌' : '⚠️';
    const instead = rules.get(f.rule)?.docs.instead;
    // the rule's own help is in the details below; a finding-specific one belongs to the row
    const help = f.help && f.help !== instead ? `<br>help: ${escapeText(f.help)}` : '';
    return `| ${f.line}:${f.column} | ${icon} ${codeSpan(f.rule, true)} | ${escapeText(f.message)}${help} | ${quoteSql(result, f)} |\n`;
}
function fileHeader(file, findings) {
    const c = counts(findings);
    return `\n#### ${codeSpan(file)} — ${tally(c.errors, c.warnings)}\n\n| Line | Rule | Finding | SQL |\n|---:|---|---|---|\n`;
}
function ruleHelp(rule, severity) {
    const { why, lock, instead, example } = rule.docs;
    const parts = [`##### ${codeSpan(rule.id)} (${severity})`, why];
    if (lock)
        parts.push(`**Lock:** ${lock}`);
    parts.push(`**Instead:** ${instead}`);
    if (example)
        parts.push(`Bad:\n\n${fenced(example.bad, 'sql')}`, `Good:\n\n${fenced(example.good, 'sql')}`);
    parts.push(`More: ${codeSpan(`pgmig explain ${rule.id}`)}`);
    return parts.join('\n\n');
}
function details(used, result, short) {
    if (used.length === 0)
        return '';
    const severityOf = (r) => result.findings.find((f) => f.rule === r.id)?.severity ?? r.severity;
    const body = short
        ? `Run ${used.map((r) => codeSpan(`pgmig explain ${r.id}`)).join(', ')} for why each rule matters and what to do instead.`
        : used.map((r) => ruleHelp(r, severityOf(r))).join('\n\n');
    return `\n<details>\n<summary>How to fix: help for ${plural(used.length, 'rule')}</summary>\n\n${body}\n\n</details>\n`;
}
/**
 * For pull-request comments and job summaries: the verdict on the first line, the findings
 * grouped by file with the SQL line quoted, then the help of each rule that fired, folded.
 * Findings that would take the text past `maxLength` are left out and counted.
 */
function formatMarkdown(result, opts) {
    const max = opts.maxLength ?? MARKDOWN_MAX_LENGTH;
    const byId = new Map(opts.rules.map((r) => [r.id, r]));
    const head = verdict(result) + '\n';
    if (result.findings.length === 0)
        return head;
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.file) ?? [];
        list.push(f);
        byFile.set(f.file, list);
    }
    const used = [...new Set(result.findings.map((f) => f.rule))].map((id) => byId.get(id)).filter((r) => !!r);
    // room for the "left out" note, whose numbers are not known yet
    const noteRoom = 400;
    let tail = details(used, result, false);
    if (head.length + tail.length + noteRoom > max / 2)
        tail = details(used, result, true);
    const budget = max - head.length - tail.length - noteRoom;
    let body = '';
    const shown = new Set();
    let full = true;
    for (const [file, findings] of byFile) {
        const header = fileHeader(file, findings);
        let block = '';
        for (const f of findings) {
            const r = row(result, f, byId);
            if (body.length + header.length + block.length + r.length > budget) {
                full = false;
                break;
            }
            block += r;
            shown.add(f);
        }
        if (block)
            body += header + block;
        if (!full)
            break;
    }
    let note = '';
    if (!full) {
        const left = counts(result.findings.filter((f) => !shown.has(f)));
        note =
            `\n> ✂️ ${plural(left.errors + left.warnings, 'more finding')} (${tally(left.errors, left.warnings)}) not shown, ` +
                `to keep this under ${max.toLocaleString('en-US')} characters. The job log and ${codeSpan('pgmig lint')} list them all.\n`;
    }
    return head + body + note + tail;
}


/***/ }),

/***/ 6439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  Il: () => (/* binding */ findRule)
});

;// CONCATENATED MODULE: ./src/rules/rule.ts
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/syntax-error.ts

// Reported by the engine from the parser's error; this file carries its id, severity and docs.
/* harmony default export */ const syntax_error = (defineRule({
    id: 'syntax-error',
    severity: 'error',
    builtIn: true,
    docs: {
        why: 'PostgreSQL cannot parse the file, so the migration fails at deploy time, possibly after earlier statements of the file ran.',
        instead: 'Fix the SQL at the position shown. pgmig parses with the PostgreSQL grammar itself (libpg-query), so what it rejects the server rejects too.',
        example: { bad: 'CREATE TABLE t (id int,, name text);', good: 'CREATE TABLE t (id int, name text);' },
    },
}));

;// CONCATENATED MODULE: ./src/rules/unused-ignore.ts

// Reported by the engine after suppression; this file carries its id, severity and docs.
/* harmony default export */ const unused_ignore = (defineRule({
    id: 'unused-ignore',
    severity: 'warning',
    builtIn: true,
    docs: {
        why: 'An ignore comment that silences nothing (or names a rule that does not exist) hides the next real problem at that spot and misleads readers.',
        instead: 'Remove the comment, or correct the rule id (`pgmig rules` lists them).',
        example: {
            bad: '-- pgmig-ignore require-concurrent-index-creaton\nCREATE INDEX CONCURRENTLY i ON t (x);',
            good: 'CREATE INDEX CONCURRENTLY i ON t (x);',
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/relation.ts
var relation = __nccwpck_require__(5490);
;// CONCATENATED MODULE: ./src/rules/require-concurrent-index-creation.ts


/* harmony default export */ const require_concurrent_index_creation = (defineRule({
    id: 'require-concurrent-index-creation',
    severity: 'error',
    docs: {
        why: 'CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, for minutes on a large table.',
        lock: 'SHARE on the table (blocks writes) for the duration of the build.',
        instead: 'Use CREATE INDEX CONCURRENTLY in a migration file of its own, outside a transaction. A table created in the same change needs no CONCURRENTLY.',
        example: {
            bad: 'CREATE INDEX lead_owner_idx ON lead (owner_id);',
            good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
        },
    },
    visit: {
        IndexStmt(node, ctx) {
            if (node.concurrent || !ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            ctx.report(`CREATE INDEX on existing table ${table} without CONCURRENTLY blocks writes to ${table} while the index builds`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-concurrent-index-deletion.ts


/* harmony default export */ const require_concurrent_index_deletion = (defineRule({
    id: 'require-concurrent-index-deletion',
    severity: 'error',
    docs: {
        why: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index\'s table: every query on the table, reads included, waits until the drop commits, and queues behind any long transaction already holding a lock there. ' +
            'An index created earlier in the same change is not reported: no deployed code uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table the index belongs to (blocks reads and writes) until the transaction ends.',
        instead: 'Use DROP INDEX CONCURRENTLY, one index per statement (it accepts neither several names nor CASCADE), in a migration file of its own, outside a transaction.',
        example: {
            bad: 'DROP INDEX lead_owner_idx;',
            good: 'DROP INDEX CONCURRENTLY IF EXISTS lead_owner_idx;',
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_INDEX' || node.concurrent)
                return;
            const existing = [];
            for (const o of node.objects ?? []) {
                const ref = (0,relation/* relationFromNames */.be)(o.List?.items);
                if (ref && !ctx.isNew(ref))
                    existing.push(ref);
            }
            if (existing.length === 0)
                return;
            const names = existing.map(relation/* displayName */.QC).join(', ');
            const tables = [
                ...new Set(existing.map((ref) => ctx.model.indexes.get((0,relation/* relationKey */.Yb)(ref))?.table).filter((t) => !!t)),
            ].map((key) => key.replace(/^public\./, ''));
            const on = tables.length > 0 ? tables.join(', ') : 'its table';
            ctx.report(`DROP INDEX ${names} without CONCURRENTLY locks ${on} against reads and writes (ACCESS EXCLUSIVE) until the transaction ends`);
        },
    },
}));

// EXTERNAL MODULE: ./src/sql/transactional.ts
var transactional = __nccwpck_require__(3713);
;// CONCATENATED MODULE: ./src/rules/require-concurrent-reindex.ts



const TARGET = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/* harmony default export */ const require_concurrent_reindex = (defineRule({
    id: 'require-concurrent-reindex',
    severity: 'error',
    docs: {
        why: 'REINDEX without CONCURRENTLY blocks writes to each table while its indexes are rebuilt, and holds an ACCESS EXCLUSIVE lock on each index, so queries that would use it wait too: minutes of outage on a large table. ' +
            'A table or index created earlier in the same change is not reported: nobody uses it yet.',
        lock: 'SHARE on the table (blocks writes) and ACCESS EXCLUSIVE on each index being rebuilt (blocks queries that use it).',
        instead: 'Use REINDEX … CONCURRENTLY (PostgreSQL 12+) in a migration file of its own, outside a transaction: it builds a new index beside the old one and swaps them, blocking neither reads nor writes. ' +
            'System catalogs cannot be reindexed concurrently; do that in a maintenance window, not a migration.',
        example: {
            bad: 'REINDEX INDEX lead_owner_idx;',
            good: 'REINDEX INDEX CONCURRENTLY lead_owner_idx;',
        },
    },
    visit: {
        ReindexStmt(node, ctx) {
            if ((0,transactional/* optionEnabled */.PX)(node.params, 'concurrently'))
                return;
            const what = TARGET[node.kind] ?? 'INDEX';
            const rel = (0,relation/* relationOf */.Ke)(node.relation);
            if (rel && ctx.isNew(rel))
                return;
            const target = rel ? ` ${(0,relation/* displayName */.QC)(rel)}` : node.name ? ` ${node.name}` : '';
            if (what === 'SYSTEM') {
                ctx.report(`REINDEX SYSTEM${target} locks the system catalogs, stalling every session, and has no CONCURRENTLY form`, {
                    help: 'Reindex system catalogs in a maintenance window, not in a migration.',
                });
                return;
            }
            let effect;
            if (what === 'INDEX') {
                const table = rel && ctx.model.indexes.get((0,relation/* relationKey */.Yb)(rel))?.table?.replace(/^public\./, '');
                effect = `blocks writes to ${table ?? 'its table'}, and every query that uses the index, while it rebuilds`;
            }
            else if (what === 'TABLE') {
                effect = `blocks writes to${target}, and queries that use its indexes, while it rebuilds`;
            }
            else {
                effect = `blocks writes to each table of the ${what.toLowerCase()} in turn while it rebuilds`;
            }
            ctx.report(`REINDEX ${what}${target} without CONCURRENTLY ${effect}`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-concurrent-refresh.ts


/* harmony default export */ const require_concurrent_refresh = (defineRule({
    id: 'require-concurrent-refresh',
    severity: 'error',
    docs: {
        why: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view while its query runs again: every SELECT on the view waits, for as long as the refresh takes. ' +
            'A view created earlier in the same change is not reported (nobody reads it yet), nor is WITH NO DATA, which CONCURRENTLY cannot be combined with.',
        lock: 'ACCESS EXCLUSIVE on the materialized view (blocks reads) for the whole refresh.',
        instead: 'Use REFRESH MATERIALIZED VIEW CONCURRENTLY: readers keep seeing the old rows until the new ones are ready. It needs a unique index on the view (plain columns, no WHERE clause) and a view that is already populated.',
        example: {
            bad: 'REFRESH MATERIALIZED VIEW lead_stats;',
            good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY lead_stats;',
        },
    },
    visit: {
        RefreshMatViewStmt(node, ctx) {
            if (node.concurrent || node.skipData)
                return;
            const view = (0,relation/* relationOf */.Ke)(node.relation);
            if (!view || ctx.isNew(view))
                return;
            ctx.report(`REFRESH MATERIALIZED VIEW ${(0,relation/* displayName */.QC)(view)} without CONCURRENTLY blocks every read of ${(0,relation/* displayName */.QC)(view)} until the refresh finishes`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-concurrent-index-creation-in-transaction.ts


/* harmony default export */ const ban_concurrent_index_creation_in_transaction = (defineRule({
    id: 'ban-concurrent-index-creation-in-transaction',
    severity: 'error',
    docs: {
        why: 'CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY and DETACH PARTITION … CONCURRENTLY commit several times internally, so PostgreSQL refuses them inside a transaction block ("cannot run inside a transaction block"): the migration fails at deploy time. ' +
            'This covers BEGIN … COMMIT written in the file, and every file when config assumeInTransaction is true (the runner wraps each file in a transaction). REFRESH MATERIALIZED VIEW CONCURRENTLY can run in a transaction and is not reported.',
        instead: 'Put the CONCURRENTLY statement in a migration file of its own, without BEGIN/COMMIT, and have the runner apply that file outside a transaction (Flyway does so by itself for a file holding only such statements).',
        example: {
            bad: 'BEGIN;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);\nCOMMIT;',
            good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const state = ctx.state;
            if ((node.kind === 'TRANS_STMT_BEGIN' || node.kind === 'TRANS_STMT_START') && !ctx.session.explicitTransaction) {
                state.beginLine = ctx.file.parsed.source.position(ctx.stmt.start).line;
            }
        },
        '*'(_node, ctx) {
            if (!ctx.session.inTransaction)
                return;
            const op = (0,transactional/* nonTransactionalInfo */.Fw)(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
            if (!op?.concurrently)
                return;
            const { beginLine } = ctx.state;
            const where = ctx.session.explicitTransaction
                ? `inside the transaction opened by BEGIN${beginLine ? ` at line ${beginLine}` : ''}`
                : 'in a transaction (config assumeInTransaction: true says the runner wraps each file in one)';
            ctx.report(`${op.label} cannot run ${where}; PostgreSQL rejects it and the migration fails`, {
                help: ctx.session.explicitTransaction
                    ? undefined
                    : 'Have the runner apply this file outside a transaction (with Flyway, for example, executeInTransaction=false in the script\'s configuration), and keep the file to CONCURRENTLY statements only.',
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/mixed-non-transactional-statements.ts


/* harmony default export */ const mixed_non_transactional_statements = (defineRule({
    id: 'mixed-non-transactional-statements',
    severity: 'error',
    docs: {
        why: 'A statement that cannot run in a transaction (CREATE/DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, DETACH PARTITION … CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE/DROP DATABASE or TABLESPACE, …) forces its whole file to run outside one. ' +
            'Flyway refuses a file that mixes such a statement with transactional DDL or DML, or (with mixed=true) runs it statement by statement: when a later statement fails, the earlier ones stay applied, the file is half applied, and re-running it fails on what already exists. ' +
            'SET, RESET, SHOW and BEGIN/COMMIT leave nothing behind and do not count.',
        instead: 'Move the non-transactional statement into a migration file of its own (a SET lock_timeout before it is fine), and keep the other statements in a file that runs in one transaction.',
        example: {
            bad: "ALTER TABLE lead ADD COLUMN owner_id bigint;\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);",
            good: "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);",
        },
    },
    visit: {
        '*'(node, ctx) {
            const state = ctx.state;
            if (state.reported || isSessionOnly(ctx.stmt))
                return;
            const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
            const op = (0,transactional/* nonTransactional */.lG)(ctx.stmt, { postgresVersion: ctx.config.postgresVersion });
            if (op) {
                state.nonTransactional ??= { label: op, line };
                if (!state.transactional)
                    return;
                state.reported = true;
                ctx.report(`${op} at line ${line} is mixed with ${state.transactional.label} at line ${state.transactional.line}: ${op} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`);
            }
            else {
                state.transactional ??= { label: statementLabel(ctx.stmt), line };
                const other = state.nonTransactional;
                if (!other)
                    return;
                state.reported = true;
                ctx.report(`${state.transactional.label} at line ${line} is mixed with ${other.label} at line ${other.line}: ${other.label} cannot run in a transaction, so the file cannot run as one and a failure leaves it half applied`);
            }
        },
    },
}));
/** Statements that only touch the session (nothing to half apply), so they go with either kind. */
function isSessionOnly(stmt) {
    switch (stmt.kind) {
        case 'VariableSetStmt':
        case 'VariableShowStmt':
        case 'TransactionStmt':
            return true;
        case 'SelectStmt':
            return isSetConfigOnly(stmt.node);
        default:
            return false;
    }
}
/** `SELECT set_config('lock_timeout', '2s', false)`: SET written as a function call. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isSetConfigOnly(n) {
    const targets = n.targetList ?? [];
    if (targets.length === 0 || n.fromClause || n.whereClause)
        return false;
    return targets.every((t) => {
        const name = t.ResTarget?.val?.FuncCall?.funcname?.map((x) => x.String?.sval).join('.');
        return name === 'set_config' || name === 'pg_catalog.set_config';
    });
}
/** Words that may sit between CREATE/ALTER/DROP and the kind of object. */
const MODIFIERS = new Set(['OR', 'REPLACE', 'UNIQUE', 'TEMP', 'TEMPORARY', 'UNLOGGED', 'GLOBAL', 'LOCAL', 'RECURSIVE', 'TRUSTED', 'PROCEDURAL', 'CONSTRAINT']);
/** Object kinds named by two words (three for TEXT SEARCH … and FOREIGN DATA WRAPPER). */
const FIRST_OF_TWO = new Set(['MATERIALIZED', 'FOREIGN', 'EVENT', 'TEXT', 'ACCESS', 'DEFAULT', 'DATA', 'SEARCH']);
const DML = {
    InsertStmt: 'INSERT',
    UpdateStmt: 'UPDATE',
    DeleteStmt: 'DELETE',
    MergeStmt: 'MERGE',
    SelectStmt: 'SELECT',
};
/** How the user wrote the statement's kind: `ALTER TABLE`, `CREATE UNIQUE INDEX`, `INSERT`. */
function statementLabel(stmt) {
    // a CTE (WITH …) would otherwise be labelled by its first word
    if (DML[stmt.kind])
        return DML[stmt.kind];
    const words = stmt.text.match(/[A-Za-z_]+/g)?.slice(0, 8).map((w) => w.toUpperCase()) ?? [];
    if (words.length === 0)
        return stmt.kind;
    const label = [words[0]];
    if (['CREATE', 'ALTER', 'DROP'].includes(words[0])) {
        let i = 1;
        while (i < words.length && MODIFIERS.has(words[i]))
            label.push(words[i++]);
        while (i < words.length) {
            const w = words[i++];
            label.push(w);
            if (!FIRST_OF_TWO.has(w))
                break;
        }
    }
    return label.join(' ');
}

// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __nccwpck_require__(340);
// EXTERNAL MODULE: ./src/sql/session.ts
var session = __nccwpck_require__(2516);
;// CONCATENATED MODULE: ./src/rules/require-lock-timeout.ts




const list = (names) => names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
function summarizeLocks(ctx, locks) {
    const byMode = new Map();
    for (const l of locks) {
        const names = byMode.get(l.mode) ?? [];
        names.push((0,relation/* displayName */.QC)(l.relation));
        byMode.set(l.mode, names);
    }
    const taken = list([...byMode].map(([mode, names]) => `${mode} on ${list(names)}`));
    const readBlocked = locks.filter((l) => (0,sql_locks/* blocksReads */.o5)(l.mode)).map((l) => (0,relation/* displayName */.QC)(l.relation));
    const writeBlocked = locks.filter((l) => !(0,sql_locks/* blocksReads */.o5)(l.mode)).map((l) => (0,relation/* displayName */.QC)(l.relation));
    const single = readBlocked.length === 0 || writeBlocked.length === 0;
    const blocked = single
        ? readBlocked.length
            ? 'reads and writes'
            : 'writes'
        : `reads and writes on ${list(readBlocked)} and writes on ${list(writeBlocked)}`;
    const queued = [
        readBlocked.length ? `every query on ${list(readBlocked)}` : '',
        writeBlocked.length ? `every write to ${list(writeBlocked)}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    return { label: (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), taken, blocked, queued };
}
/**
 * Both timeout rules: the first statement of a file that takes a lock blocking writes (SHARE or
 * stronger) on a relation that existed before the change, while the setting is not in force.
 * One finding per file: once the first such statement is fixed, the same SET covers the rest.
 */
function timeoutRule(spec) {
    const { setting } = spec;
    return defineRule({
        id: spec.id,
        severity: spec.severity,
        docs: spec.docs,
        visit: {
            '*'(node, ctx) {
                const state = ctx.state;
                if (state.reported)
                    return;
                const assignments = ctx.stmt.kind === 'VariableSetStmt' ? [(0,session/* setAssignment */.Ob)(node)] : ctx.stmt.kind === 'SelectStmt' ? (0,session/* setConfigCalls */.ab)(node) : [];
                for (const a of assignments) {
                    if (a?.setting === setting && a.local && a.ms !== undefined && !ctx.session.inTransaction)
                        state.ineffectiveLocal = true;
                }
                const locks = (0,sql_locks/* strongestLocks */.I_)(ctx.locks.filter((l) => l.existing && (0,sql_locks/* blocksWrites */.PE)(l.mode)));
                if (locks.length === 0)
                    return;
                const value = ctx.session.timeout(setting);
                // NaN: set to an expression pgmig cannot evaluate, which is still a deliberate choice
                if (value !== undefined && value !== 0)
                    return;
                state.reported = true;
                let help = spec.help;
                if (value === 0)
                    help = `${setting} = 0 turns the timeout off, so it does not count. ${help}`;
                else if (state.ineffectiveLocal) {
                    help = `SET LOCAL ${setting} outside BEGIN … COMMIT has no effect (PostgreSQL only warns); use SET, or put SET LOCAL and the statement in one transaction. ${help}`;
                }
                ctx.report(spec.message(summarizeLocks(ctx, locks)), { help });
            },
        },
    });
}
/* harmony default export */ const require_lock_timeout = (timeoutRule({
    id: 'require-lock-timeout',
    severity: 'error',
    setting: 'lock_timeout',
    docs: {
        why: 'A statement that needs a lock conflicting with writes (SHARE or stronger) on a table in use first waits for every transaction that holds any conflicting lock on it, however long they run, and while it waits every new query that conflicts with its lock queues behind it. One long report or idle-in-transaction session turns a millisecond ALTER TABLE into an outage. With lock_timeout the migration gives up after a short wait instead, and can be retried.',
        lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger (CREATE INDEX, CREATE TRIGGER, ADD FOREIGN KEY, and ACCESS EXCLUSIVE for most ALTER TABLE forms, DROP, TRUNCATE, RENAME); the harm is the wait for it.',
        instead: "Put SET lock_timeout = '2s' (or SET LOCAL inside BEGIN … COMMIT) before the first statement that locks an existing table, and retry the migration when it times out. lock_timeout = 0 means no timeout and does not count; a table created in the same change needs none.",
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN score integer;',
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score integer;",
        },
    },
    help: "Add SET lock_timeout = '2s' (at most lockTimeout.max) before this statement, or SET LOCAL inside the same BEGIN … COMMIT, and retry the migration if it times out.",
    message: (s) => `${s.label} takes ${s.taken}, which blocks ${s.blocked}; with no lock_timeout it queues behind any long transaction and ${s.queued} queues behind it`,
}));

;// CONCATENATED MODULE: ./src/rules/require-statement-timeout.ts

/* harmony default export */ const require_statement_timeout = (timeoutRule({
    id: 'require-statement-timeout',
    severity: 'warning',
    setting: 'statement_timeout',
    docs: {
        why: 'Once a statement holds a lock that blocks writes (or, for ACCESS EXCLUSIVE, reads too), the table stays blocked for as long as the statement runs: a table rewrite, a full scan to check a constraint, a slow index build. lock_timeout only bounds the wait for the lock; statement_timeout bounds the whole run, so a migration that turns out slower than on the developer\'s laptop fails and rolls back instead of holding the table for minutes.',
        lock: 'Whatever the statement takes on an existing table, when that is SHARE or stronger; the harm is how long it is held.',
        instead: "Put SET statement_timeout = '30s' (a bound the statement comfortably meets on production data; SET LOCAL inside BEGIN … COMMIT also counts) before the first statement that locks an existing table. statement_timeout = 0 means no timeout and does not count; a table created in the same change needs none. Do not set it for CREATE INDEX CONCURRENTLY, which is meant to run long.",
        example: {
            bad: "SET lock_timeout = '2s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD CONSTRAINT lead_score_check CHECK (score >= 0);",
        },
    },
    help: "Add SET statement_timeout = '30s' (a bound this statement meets on production data) before this statement, or SET LOCAL inside the same BEGIN … COMMIT.",
    message: (s) => `${s.label} holds ${s.taken}, which blocks ${s.blocked}, for as long as it runs; with no statement_timeout a slow run (a rewrite, a scan, a long lock wait) keeps ${s.queued} waiting with no bound`,
}));

;// CONCATENATED MODULE: ./src/rules/lock-timeout-too-long.ts


/** Milliseconds the way PostgreSQL would print them: 500ms, 2s, 1min, 1h. */
function formatDuration(ms) {
    for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]]) {
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
function check(a, ctx) {
    // DEFAULT/RESET and values pgmig cannot read say nothing about the wait
    if (a?.setting !== 'lock_timeout' || a.ms === undefined || Number.isNaN(a.ms))
        return;
    const max = ctx.config.lockTimeout.maxMs;
    const written = a.text ?? String(a.ms);
    if (a.ms === 0) {
        ctx.report(`lock_timeout = ${written} turns the lock timeout off: every later statement waits for its locks as long as it takes, and every query on the table queues behind it meanwhile`, {
            location: a.location,
            help: `Set a bounded value (at most ${formatDuration(max)}, lockTimeout.max) and retry the migration when it times out. To hand the session back to the server's setting at the end of a migration, write RESET lock_timeout.`,
        });
    }
    else if (a.ms > max) {
        const shown = written.replace(/^'|'$/g, '') === formatDuration(a.ms) ? written : `${written} (${formatDuration(a.ms)})`;
        ctx.report(`lock_timeout ${shown} is above the ${formatDuration(max)} limit (lockTimeout.max): while the migration waits that long for a lock, every query on the table queues behind it`, {
            location: a.location,
            help: `Lower it to ${formatDuration(max)} or less and retry the migration when it times out; if a longer wait is really acceptable here, raise lockTimeout.max in .pgmig.yml.`,
        });
    }
}
/* harmony default export */ const lock_timeout_too_long = (defineRule({
    id: 'lock-timeout-too-long',
    severity: 'error',
    docs: {
        why: 'lock_timeout only protects production if it is short: while a DDL statement waits for its lock, every query that conflicts with that lock queues behind it, so a 1-minute lock_timeout can still mean a 1-minute outage. lock_timeout = 0 is worse: it turns the timeout off and the statement waits forever.',
        instead: "Keep lock_timeout at or below lockTimeout.max (default 5s; a bare number is milliseconds, strings take units: '500ms', '2s', '1min') and retry the migration when it times out. To restore the server's setting, use RESET lock_timeout rather than SET lock_timeout = 0.",
        example: {
            bad: "SET lock_timeout = '1min';\nALTER TABLE lead ADD COLUMN score integer;",
            good: "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score integer;\nRESET lock_timeout;",
        },
    },
    visit: {
        VariableSetStmt(node, ctx) {
            check((0,session/* setAssignment */.Ob)(node), ctx);
        },
        SelectStmt(node, ctx) {
            for (const a of (0,session/* setConfigCalls */.ab)(node))
                check(a, ctx);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-rls.ts


/* harmony default export */ const require_rls = (defineRule({
    id: 'require-rls',
    severity: 'error',
    docs: {
        why: 'In a multi-tenant database row-level security is what keeps one tenant from reading another\'s rows. A new table without it is readable and writable in full by every role granted access (often through default privileges), so one missing ALTER TABLE leaks every tenant\'s data.',
        instead: 'Enable row-level security on the table in the same change (any file of it) and add a policy. Tables that are deliberately shared go in `rls.exclude` in .pgmig.yml; schemas that need no RLS are left out of `rls.schemas`. Temporary tables and partitions are not checked: a query through the parent applies the parent\'s policies, so grant access to the parent, not to its partitions.',
        example: {
            bad: 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
            good: [
                'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);',
                'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
                "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);",
            ].join('\n'),
        },
    },
    // RLS may be enabled by a later statement or a later file of the change, so judge at its end
    endChange(ctx) {
        const schemas = new Set(ctx.config.rls.schemas);
        const exclude = new Set(ctx.config.rls.exclude);
        for (const t of ctx.model.tables.values()) {
            if (t.origin !== 'change' || !t.createdAt || t.rlsEnabled || !isPlainTable(t))
                continue;
            if (!schemas.has(t.ref.schema))
                continue;
            if (exclude.has(t.ref.name) || exclude.has(`${t.ref.schema}.${t.ref.name}`))
                continue;
            const name = (0,relation/* displayName */.QC)(t.ref);
            ctx.report({ file: t.createdAt.file, stmt: t.createdAt.stmt }, `table ${name} is created without row-level security: every role granted access to ${name} reads and writes every tenant's rows`, {
                help: `Add \`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;\` and a policy for ${name} to this change, or list ${name} in rls.exclude in .pgmig.yml if it is meant to be shared.`,
            });
        }
    },
}));
/** A permanent, stand-alone table: RLS on a temporary table or a partition protects nothing reachable. */
function isPlainTable(t) {
    if (t.isMaterializedView || t.partitionOf)
        return false;
    const stmt = t.createdAt.stmt;
    const rel = stmt.kind === 'CreateStmt' ? stmt.node.relation : stmt.kind === 'CreateTableAsStmt' ? stmt.node.into?.rel : undefined;
    if (!rel)
        return false;
    if (stmt.kind === 'CreateTableAsStmt' && stmt.node.objtype !== 'OBJECT_TABLE')
        return false;
    return rel.relpersistence !== 't' && rel.schemaname !== 'pg_temp';
}

;// CONCATENATED MODULE: ./src/rules/require-rls-policy.ts


/* harmony default export */ const require_rls_policy = (defineRule({
    id: 'require-rls-policy',
    severity: 'error',
    docs: {
        why: 'With row-level security enabled and no policy, PostgreSQL denies every row to every role but the owner (and superusers and BYPASSRLS roles): the application sees an empty table and every INSERT fails, from the moment the migration commits.',
        instead: 'Create the policies in the same change as ENABLE ROW LEVEL SECURITY (before or after it; policies from earlier migrations count too).',
        example: {
            bad: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
            good: [
                'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
                "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);",
            ].join('\n'),
        },
    },
    // a policy may come after the ENABLE, in the same file or a later one, so judge at the end
    endChange(ctx) {
        for (const t of ctx.model.tables.values()) {
            if (!t.rlsEnabled || !t.rlsEnabledAt || t.policies.size > 0)
                continue;
            const name = (0,relation/* displayName */.QC)(t.ref);
            ctx.report({ file: t.rlsEnabledAt.file, stmt: t.rlsEnabledAt.stmt }, `row-level security is enabled on ${name} but ${name} has no policy: every role except the owner sees no rows and cannot write`, { help: `Add a policy for ${name} to this change, e.g. \`CREATE POLICY ${t.ref.name}_tenant ON ${name} USING (…)\`.` });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-disable-rls.ts


/* harmony default export */ const ban_disable_rls = (defineRule({
    id: 'ban-disable-rls',
    severity: 'error',
    docs: {
        why: 'DISABLE ROW LEVEL SECURITY switches off every policy on the table: every role with a grant on it reads and changes every tenant\'s rows. NO FORCE ROW LEVEL SECURITY lets the table owner (often the role the application or a job connects as) bypass the policies again. Either is easy to slip in to make a data fix pass and forget to undo.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly.',
        instead: 'Keep RLS on. For a data fix, run it as a role with BYPASSRLS, or add a narrowly scoped policy; to retire a table, drop it.',
        example: {
            bad: 'ALTER TABLE lead DISABLE ROW LEVEL SECURITY;',
            good: 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const ref = (0,relation/* relationOf */.Ke)(node.relation);
            const name = ref ? (0,relation/* displayName */.QC)(ref) : 'the table';
            for (const c of node.cmds ?? []) {
                const subtype = c?.AlterTableCmd?.subtype;
                if (subtype === 'AT_DisableRowSecurity') {
                    ctx.report(`DISABLE ROW LEVEL SECURITY on ${name} turns off all of its policies: every role with access to ${name} sees every tenant's rows`);
                }
                else if (subtype === 'AT_NoForceRowSecurity') {
                    ctx.report(`NO FORCE ROW LEVEL SECURITY on ${name} lets the owner of ${name} bypass its policies and see every tenant's rows`);
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/sql/expr.ts
/** Small readings of libpg-query expression nodes (typed nodes: `{A_Const: {...}}`). */
/** The inner object and type of a typed node, or undefined for anything else. */
function unwrap(node) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    const keys = Object.keys(node);
    if (keys.length !== 1)
        return undefined;
    return { type: keys[0], inner: node[keys[0]] };
}
/**
 * How PostgreSQL reads a boolean literal (`parse_bool`): case-insensitive, surrounding spaces
 * ignored, any unambiguous prefix of true/false/yes/no, `on`/`off` and `1`/`0`.
 */
function parseBoolLiteral(text) {
    const s = text.trim().toLowerCase();
    if (!s)
        return undefined;
    if ('true'.startsWith(s) || 'yes'.startsWith(s) || s === 'on' || s === '1')
        return true;
    if ('false'.startsWith(s) || 'no'.startsWith(s) || s === 'of' || s === 'off' || s === '0')
        return false;
    return undefined;
}
/**
 * The value of an expression that is a boolean constant where a boolean is expected: `true`,
 * `'t'` (an untyped literal takes the boolean type), `'yes'::boolean`, `CAST(1 AS bool)`.
 * Undefined when it is anything else (a column, a call, NULL).
 */
function booleanConstant(node) {
    const n = unwrap(node);
    if (!n)
        return undefined;
    if (n.type === 'A_Const') {
        if (n.inner.isnull)
            return undefined;
        // protobuf JSON leaves false out: `false` arrives as `boolval: {}`
        if ('boolval' in n.inner)
            return n.inner.boolval?.boolval === true;
        if ('sval' in n.inner)
            return parseBoolLiteral(n.inner.sval?.sval ?? '');
        return undefined;
    }
    if (n.type === 'TypeCast' && isBooleanType(n.inner.typeName)) {
        const arg = unwrap(n.inner.arg);
        if (arg?.type === 'A_Const' && 'ival' in arg.inner)
            return (arg.inner.ival?.ival ?? 0) !== 0;
        return booleanConstant(n.inner.arg);
    }
    return undefined;
}
function isBooleanType(typeName) {
    const names = typeName?.names ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return (last === 'bool' || last === 'boolean') && !typeName?.arrayBounds;
}
/** A string constant's text (`'app.territory'`, also under a cast to text), or undefined. */
function stringConstant(node) {
    const n = unwrap(node);
    if (n?.type === 'A_Const' && 'sval' in n.inner)
        return n.inner.sval?.sval ?? '';
    if (n?.type === 'TypeCast')
        return stringConstant(n.inner.arg);
    return undefined;
}
/** A FuncCall's name: `pg_catalog.current_setting` gives { schema: 'pg_catalog', name: 'current_setting' }. */
function functionName(call) {
    const parts = (call?.funcname ?? []).map((p) => p?.String?.sval).filter((s) => typeof s === 'string');
    if (parts.length === 0)
        return undefined;
    return { schema: parts.length > 1 ? parts[parts.length - 2] : undefined, name: parts[parts.length - 1] };
}
/**
 * A call's argument by position or by name (`missing_ok => true`): positional arguments come
 * first in PostgreSQL's mixed notation, so the n-th positional one is the n-th in the list.
 */
function callArgument(call, position, name) {
    const args = call?.args ?? [];
    for (const a of args) {
        const n = unwrap(a);
        if (n?.type === 'NamedArgExpr' && n.inner.name === name)
            return n.inner.arg;
    }
    const positional = args.filter((a) => unwrap(a)?.type !== 'NamedArgExpr');
    return positional[position];
}
/** The leftmost `location` in an expression (a cast's `::` comes after its operand), or undefined. */
function startLocation(node) {
    let best;
    const visit = (v) => {
        if (Array.isArray(v))
            v.forEach(visit);
        else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
                if (k === 'location' && typeof x === 'number') {
                    if (x >= 0 && (best === undefined || x < best))
                        best = x;
                }
                else
                    visit(x);
            }
        }
    };
    visit(node);
    return best;
}

;// CONCATENATED MODULE: ./src/sql/walk.ts
/**
 * Visits every typed node under `root`, depth first, parents before children. `root` may be a
 * typed node, a bare inner object (`stmt.node`) or a list. The AST is plain JSON, so a generic
 * walk finds a node type wherever the grammar allows it (subqueries, CASE arms, casts) without
 * a table of which field holds what.
 */
function walk(root, visit) {
    if (Array.isArray(root)) {
        for (const item of root)
            walk(item, visit);
        return;
    }
    if (root === null || typeof root !== 'object')
        return;
    const obj = root;
    const type = typeOf(obj);
    if (type) {
        if (visit(type, obj[type]) === false)
            return;
        walk(obj[type], visit);
        return;
    }
    for (const value of Object.values(obj))
        walk(value, visit);
}
/** A typed node is an object with one key, a node type name (`A_Const`, `FuncCall`), holding an object. */
function typeOf(obj) {
    const keys = Object.keys(obj);
    if (keys.length !== 1)
        return undefined;
    const key = keys[0];
    const value = obj[key];
    return /^[A-Z]/.test(key) && value !== null && typeof value === 'object' && !Array.isArray(value) ? key : undefined;
}
/** The first typed node under `root` that `test` accepts, with its type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function find(root, test) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let found;
    walk(root, (type, node) => {
        if (found)
            return false;
        if (test(type, node)) {
            found = { type, node };
            return false;
        }
        return true;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/rules/rls-setting-missing-ok.ts




/* harmony default export */ const rls_setting_missing_ok = (defineRule({
    id: 'rls-setting-missing-ok',
    severity: 'error',
    docs: {
        why: "current_setting('app.territory') raises `unrecognized configuration parameter` when the setting was never set in the session. In a policy that turns every query on the table into an error for any connection that forgot to set it (a cron job, a migration, psql, a new service) instead of showing it no rows; and the failure appears only at run time, on the first such connection.",
        instead: "Pass missing_ok: current_setting('app.territory', true) reads NULL when unset, the comparison is NULL and the policy denies the row. A session that set and then reset the value reads '' rather than NULL, so cast through nullif(current_setting('app.territory', true), '') when the column is not text.",
        example: {
            bad: "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory')::bigint);",
            good: "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);",
        },
    },
    visit: {
        CreatePolicyStmt(node, ctx) {
            rls_setting_missing_ok_check(node, ctx);
        },
        AlterPolicyStmt(node, ctx) {
            rls_setting_missing_ok_check(node, ctx);
        },
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rls_setting_missing_ok_check(node, ctx) {
    const ref = (0,relation/* relationOf */.Ke)(node.table);
    const where = `policy ${node.policy_name} on ${ref ? (0,relation/* displayName */.QC)(ref) : 'the table'}`;
    for (const [clause, expr] of [['USING', node.qual], ['WITH CHECK', node.with_check]]) {
        if (!expr)
            continue;
        walk(expr, (type, call) => {
            if (type !== 'FuncCall' || !isCurrentSetting(call))
                return;
            const missingOk = callArgument(call, 1, 'missing_ok');
            // a non-constant flag may well be true at run time; only a missing or constant false is certain
            if (missingOk !== undefined && booleanConstant(missingOk) !== false)
                return;
            const setting = stringConstant(callArgument(call, 0, 'setting_name'));
            const shown = setting === undefined ? 'current_setting(…)' : `current_setting('${setting}')`;
            const fix = setting === undefined ? 'current_setting(…, true)' : `current_setting('${setting}', true)`;
            ctx.report(`${where} calls ${shown} in ${clause} without missing_ok => true: a session that never set ${setting ?? 'the setting'} gets an error on every query instead of no rows`, { location: call.location, help: `Write ${fix}: an unset setting then reads as NULL and the policy denies the row.` });
        });
    }
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isCurrentSetting(call) {
    const name = functionName(call);
    return name?.name === 'current_setting' && (name.schema === undefined || name.schema === 'pg_catalog');
}

;// CONCATENATED MODULE: ./src/rules/rls-permissive-policy.ts



/* harmony default export */ const rls_permissive_policy = (defineRule({
    id: 'rls-permissive-policy',
    severity: 'error',
    docs: {
        why: 'Permissive policies are OR-ed together, so one whose USING is true shows every row to the roles it applies to, and one whose WITH CHECK is true lets them write any row: the table is as open as without row-level security, while looking protected. Restrictive policies (AS RESTRICTIVE) are AND-ed, so true there narrows nothing and opens nothing; they are not reported.',
        instead: 'Write the condition that ties a row to the session, e.g. `territory_id = current_setting(\'app.territory\', true)::bigint`. A role that must see every row (an admin tool, a reporting job) is better given BYPASSRLS than a policy of true; if the table is meant to be readable by all, say so with `-- pgmig-ignore rls-permissive-policy` above the policy.',
        example: {
            bad: 'CREATE POLICY lead_all ON lead USING (true);',
            good: "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);",
        },
    },
    visit: {
        CreatePolicyStmt(node, ctx) {
            if (!node.permissive)
                return;
            rls_permissive_policy_check(node, ctx, roles(node.roles));
        },
        AlterPolicyStmt(node, ctx) {
            // ALTER POLICY cannot change AS RESTRICTIVE; the model remembers how the policy was made
            const table = ctx.model.table((0,relation/* keyOf */.TN)(node.table) ?? '');
            if (table?.restrictivePolicies?.has(node.policy_name))
                return;
            rls_permissive_policy_check(node, ctx, node.roles ? roles(node.roles) : undefined);
        },
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rls_permissive_policy_check(node, ctx, to) {
    const ref = (0,relation/* relationOf */.Ke)(node.table);
    const table = ref ? (0,relation/* displayName */.QC)(ref) : 'the table';
    const who = to ?? "the policy's roles";
    if (node.qual && booleanConstant(node.qual) === true) {
        ctx.report(`policy ${node.policy_name} on ${table} has USING (true): it shows every row of ${table} to ${who}, whatever the tenant`, {
            location: startLocation(node.qual),
        });
    }
    if (node.with_check && booleanConstant(node.with_check) === true) {
        ctx.report(`policy ${node.policy_name} on ${table} has WITH CHECK (true): it lets ${who} write rows of any tenant into ${table}`, {
            location: startLocation(node.with_check),
        });
    }
}
/** `PUBLIC`, `app_user, admin`: whom a policy applies to, as written. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function roles(list) {
    const names = (list ?? []).map((r) => {
        const spec = r?.RoleSpec;
        switch (spec?.roletype) {
            case 'ROLESPEC_PUBLIC':
                return 'PUBLIC';
            case 'ROLESPEC_CURRENT_USER':
                return 'CURRENT_USER';
            case 'ROLESPEC_CURRENT_ROLE':
                return 'CURRENT_ROLE';
            case 'ROLESPEC_SESSION_USER':
                return 'SESSION_USER';
            default:
                return spec?.rolename ?? '?';
        }
    });
    return names.length ? names.join(', ') : 'PUBLIC';
}

// EXTERNAL MODULE: ./src/sql/functions.ts
var functions = __nccwpck_require__(4241);
;// CONCATENATED MODULE: ./src/rules/security-definer-search-path.ts


/* harmony default export */ const security_definer_search_path = (defineRule({
    id: 'security-definer-search-path',
    severity: 'error',
    docs: {
        why: "A SECURITY DEFINER function runs with its owner's rights but resolves names through the caller's search_path. A caller who can create objects in any schema on that path (public, pg_temp) can shadow a table, operator or function the body uses and run their own code as the owner, often a superuser or the role that bypasses row-level security.",
        instead: "Attach a search_path to the function: `SET search_path = ''` (and schema-qualify every name in the body) or `SET search_path = pg_catalog, pg_temp`. It must be on the function itself; a SET statement before CREATE FUNCTION does not stay with it.",
        example: {
            bad: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT territory_id FROM app_user WHERE id = uid $$;",
            good: "CREATE FUNCTION territory_of(uid bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ SELECT territory_id FROM public.app_user WHERE id = uid $$;",
        },
    },
    visit: {
        CreateFunctionStmt(node, ctx) {
            const after = (0,functions/* functionSecurity */.r_)(node.options, { securityDefiner: false, searchPath: false });
            if (!after.securityDefiner || after.searchPath)
                return;
            const what = node.is_procedure ? 'procedure' : 'function';
            ctx.report(`SECURITY DEFINER ${what} ${nameOf(node.funcname)} has no SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`, {
                location: (0,functions/* securityDefinerOption */.x3)(node.options)?.location,
            });
        },
        AlterFunctionStmt(node, ctx) {
            // a function pgmig never saw created may have a search_path already; the ALTER must then repeat it to be checkable
            const before = ctx.model.functions.lookup(node.func) ?? { securityDefiner: false, searchPath: false };
            const after = (0,functions/* functionSecurity */.r_)(node.actions, before);
            if (!after.securityDefiner || after.searchPath)
                return;
            const what = node.objtype === 'OBJECT_PROCEDURE' ? 'procedure' : node.objtype === 'OBJECT_ROUTINE' ? 'routine' : 'function';
            const name = nameOf(node.func?.objname);
            const definer = (0,functions/* securityDefinerOption */.x3)(node.actions);
            // other ALTERs of an already unsafe function (COST, OWNER) were reported at its CREATE
            if (!definer && !before.searchPath)
                return;
            const message = definer
                ? `ALTER ${what.toUpperCase()} makes ${name} SECURITY DEFINER without SET search_path: a caller can shadow the objects it uses and run code with its owner's rights`
                : `ALTER ${what.toUpperCase()} removes the search_path of SECURITY DEFINER ${what} ${name}: a caller can shadow the objects it uses and run code with its owner's rights`;
            ctx.report(message, { location: definer?.location });
        },
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function nameOf(names) {
    return (names ?? []).map((n) => n?.String?.sval).filter(Boolean).join('.') || 'the function';
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __nccwpck_require__(2986);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __nccwpck_require__(8726);
;// CONCATENATED MODULE: ./src/rules/migration-filename.ts




/* harmony default export */ const migration_filename = (defineRule({
    id: 'migration-filename',
    severity: 'error',
    docs: {
        why: 'Flyway only runs files named V<version>__<description>.sql (U… for undo, R__… for repeatable) and by default silently skips the others, so a misnamed migration is merged, deployed and never applied. A description that is not lower snake_case breaks the convention the project and pgmig assign rely on.',
        instead: 'Rename the file to V<version>__<description>.sql with a lower snake_case description, or to VXXX__<description>.sql (the placeholder) and let pgmig assign give it the next free version at merge.',
        example: {
            bad: '-- db/migration/V12_AddLeadIndex.sql  (one "_" after the version, CamelCase description)\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
            good: '-- db/migration/V12__add_lead_index.sql\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
        },
    },
    endProject(ctx) {
        const { config } = ctx;
        const folders = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
        const tests = (0,external_node_path_.resolve)(config.root, config.tests);
        for (const file of ctx.files) {
            const name = file.entry.name;
            if (!(0,migrations_name/* isNameProblem */.$d)(name))
                continue;
            // a file linted by hand outside the migrations folders is not claimed to be a migration
            if (!folders.some((d) => (0,discover/* isInside */.FK)(d, file.absPath)))
                continue;
            if ((0,discover/* isInside */.FK)(tests, file.absPath) || (0,migrations_name/* isFlywayCallback */.Qw)(file.absPath))
                continue;
            const fix = name.suggestion ? `; rename it to ${name.suggestion}` : '';
            ctx.report({ file: file.path }, `${name.message}${fix}`, {
                help: name.suggestion
                    ? `Rename the file to ${name.suggestion} (or use ${config.placeholder}__<description>.sql and let pgmig assign number it at merge).`
                    : undefined,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/duplicate-version.ts


/* harmony default export */ const duplicate_version = (defineRule({
    id: 'duplicate-version',
    severity: 'error',
    docs: {
        why: 'Flyway refuses to migrate when two versioned migrations share a version ("Found more than one migration with version …"), so every deploy stops until one is renamed. Versions compare as numbers: V1.1, V1_1 and V01.1 are the same version. It usually happens when two pull requests pick the same next number.',
        instead: 'Give one of the files the next free version, or name new migrations VXXX__<description>.sql and let pgmig assign number them at merge. An undo file U<n> shares its version with V<n> by design; only two V (or two U) files with one version collide.',
        example: {
            bad: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V12__add_lead_status.sql  (both version 12)\nALTER TABLE lead ADD COLUMN status text;',
            good: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V13__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
        },
    },
    endProject(ctx) {
        const groups = new Map();
        const seen = new Set();
        for (const entry of [...ctx.directory, ...ctx.files.map((f) => f.entry)]) {
            if (seen.has(entry.absPath))
                continue;
            seen.add(entry.absPath);
            const name = entry.name;
            if ((0,migrations_name/* isNameProblem */.$d)(name) || (name.kind !== 'versioned' && name.kind !== 'undo'))
                continue;
            const key = `${name.kind}:${(0,migrations_name/* versionKey */._5)(name.parts)}`;
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = []));
            group.push({ entry, name });
        }
        const linted = new Set(ctx.files.map((f) => f.path));
        for (const group of groups.values()) {
            if (group.length < 2)
                continue;
            for (const { entry, name } of group) {
                if (!linted.has(entry.path))
                    continue;
                const others = group.filter((o) => o.entry !== entry);
                const kind = name.kind === 'undo' ? 'undo ' : '';
                const spelled = others.some((o) => o.name.version !== name.version)
                    ? ` (${[name, ...others.map((o) => o.name)].map((n) => n.version).filter((v, i, a) => a.indexOf(v) === i).join(', ')} are the same version)`
                    : '';
                ctx.report({ file: entry.path }, `${kind}version ${name.version} is also used by ${others.map((o) => o.entry.path).join(', ')}${spelled}; Flyway stops when two migrations share a version`);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/version-out-of-order.ts


/* harmony default export */ const version_out_of_order = (defineRule({
    id: 'version-out-of-order',
    severity: 'error',
    docs: {
        why: 'Flyway applies versions in order and, with outOfOrder off (the default), ignores a pending migration whose version is at or below the highest one a database already has: once the base branch has V13, a newly merged V12 never runs there, and validate fails. A version already used on the base branch collides with it outright.',
        instead: 'Number new migrations above the highest version on the base branch, or name them VXXX__<description>.sql so pgmig assign gives them the next free version at merge, after everything already merged.',
        example: {
            bad: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/V12__add_lead_index.sql',
            good: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/VXXX__add_lead_index.sql  (numbered at merge)',
        },
    },
    endProject(ctx) {
        const base = ctx.base;
        if (!base)
            return;
        const versioned = (n) => !(0,migrations_name/* isNameProblem */.$d)(n) && n.kind === 'versioned';
        const onBase = base.files.filter((e) => versioned(e.name));
        if (onBase.length === 0)
            return;
        const highest = onBase.reduce((a, b) => ((0,migrations_name/* compareVersions */.Zy)(b.name.parts, a.name.parts) > 0 ? b : a));
        const top = highest.name;
        const renamedFrom = base.deleted.map((p) => (0,migrations_name/* parseMigrationName */.pF)(p, ctx.config.placeholder)).filter(versioned).map((n) => n.parts);
        const known = new Set([...base.files.map((e) => e.path), ...base.modified]);
        // every version in sight, so two suggestions never name the same number
        const taken = new Set();
        for (const e of [...base.files, ...ctx.directory])
            if (versioned(e.name))
                taken.add(e.name.parts[0]);
        let next = [...taken].reduce((a, b) => (b > a ? b : a), 0n);
        for (const file of ctx.files) {
            const name = file.entry.name;
            if (!versioned(name) || known.has(file.path))
                continue;
            if ((0,migrations_name/* compareVersions */.Zy)(name.parts, top.parts) > 0)
                continue;
            // a base migration renamed in this branch: modified-applied-migration says so
            if (renamedFrom.some((parts) => (0,migrations_name/* compareVersions */.Zy)(parts, name.parts) === 0))
                continue;
            const same = onBase.find((e) => (0,migrations_name/* compareVersions */.Zy)(e.name.parts, name.parts) === 0);
            next = nextFree(next, taken, ctx.config.versionRanges);
            const rename = `rename it to V${next}__${name.description}.sql, or to ${ctx.config.placeholder}__${name.description}.sql to have it numbered at merge`;
            const message = same
                ? `version ${name.version} is already used on ${base.ref} by ${same.path}; ${rename}`
                : `version ${name.version} is below ${top.version}, the highest version on ${base.ref} (${highest.path}); Flyway will not apply it where ${top.version} already ran; ${rename}`;
            ctx.report({ file: file.path }, message);
        }
    },
}));
/** The first whole version above `after` that no file uses and the configured ranges allow. */
function nextFree(after, taken, ranges) {
    let v = after + 1n;
    for (let guard = 0; guard < 1000; guard++) {
        if (ranges.length > 0) {
            const inside = ranges.some((r) => v >= BigInt(r.from) && (r.to === undefined || v <= BigInt(r.to)));
            if (!inside) {
                const later = ranges.map((r) => BigInt(r.from)).filter((f) => f > v);
                if (later.length === 0)
                    return v;
                v = later.reduce((a, b) => (b < a ? b : a));
                continue;
            }
        }
        if (!taken.has(v))
            break;
        v += 1n;
    }
    taken.add(v);
    return v;
}

;// CONCATENATED MODULE: ./src/rules/version-range.ts


/* harmony default export */ const version_range = (defineRule({
    id: 'version-range',
    severity: 'error',
    docs: {
        why: 'versionRanges in .pgmig.yml reserve blocks of versions (for instance one per team, or a gap left by an old numbering scheme). A version outside them breaks that agreement: it can collide with numbers another stream will take, or sort before migrations that already ran.',
        instead: 'Give the file a version inside an allowed range, or name it VXXX__<description>.sql and let pgmig assign pick the next free version in range at merge. Only the first part of a dotted version (12 in 12.1) is compared with the ranges.',
        example: {
            bad: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V8500__add_lead_index.sql',
            good: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V10001__add_lead_index.sql',
        },
    },
    endProject(ctx) {
        const ranges = ctx.config.versionRanges;
        if (ranges.length === 0)
            return;
        for (const file of ctx.files) {
            const name = file.entry.name;
            // an undo file carries its migration's version; the V file is the one to renumber
            if ((0,migrations_name/* isNameProblem */.$d)(name) || name.kind !== 'versioned')
                continue;
            const major = name.parts[0];
            const allowed = ranges.some((r) => major >= BigInt(r.from) && (r.to === undefined || major <= BigInt(r.to)));
            if (allowed)
                continue;
            ctx.report({ file: file.path }, `version ${name.version} is outside the allowed versions (${describeRanges(ranges)}, versionRanges in the config); renumber it into a range or name it ${ctx.config.placeholder}__${name.description}.sql`);
        }
    },
}));
function describeRanges(ranges) {
    return ranges.map((r) => (r.to === undefined ? `${r.from} and above` : r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
}

;// CONCATENATED MODULE: ./src/rules/modified-applied-migration.ts



/* harmony default export */ const modified_applied_migration = (defineRule({
    id: 'modified-applied-migration',
    severity: 'error',
    docs: {
        why: 'A versioned migration that is on the base branch has most likely run in some database already. Flyway records its checksum and description: an edit makes `flyway validate` and `migrate` fail there ("Migration checksum mismatch"), and even after a repair the edit never runs where the old version did, so databases drift apart. A deleted or renamed one is reported as applied but missing.',
        instead: 'Restore the file as it is on the base branch and put the change in a new migration (VXXX__<description>.sql). Undo (U) and repeatable (R) files may be edited: Flyway runs them again as they are.',
        example: {
            bad: '-- db/migration/V3__create_lead.sql, already on main, edited in this branch:\nCREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, status text);',
            good: '-- V3__create_lead.sql left as it is on main; the change as a new migration:\n-- db/migration/VXXX__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
        },
    },
    endProject(ctx) {
        const base = ctx.base;
        if (!base)
            return;
        const versioned = (path) => {
            const n = (0,migrations_name/* parseMigrationName */.pF)(path, ctx.config.placeholder);
            return !(0,migrations_name/* isNameProblem */.$d)(n) && n.kind === 'versioned' ? n : undefined;
        };
        for (const path of base.modified) {
            const name = versioned(path);
            if (!name)
                continue;
            ctx.report({ file: path }, `${(0,external_node_path_.basename)(path)} is on ${base.ref} and has probably been applied; editing it breaks Flyway's checksum check where it ran and the edit never runs there. Restore it and put the change in a new migration`);
        }
        for (const path of base.deleted) {
            const name = versioned(path);
            if (!name)
                continue;
            // a new file with the same version is most likely the same migration renamed
            const renamed = ctx.files.find((f) => {
                const n = f.entry.name;
                return !(0,migrations_name/* isNameProblem */.$d)(n) && n.kind === 'versioned' && (0,migrations_name/* compareVersions */.Zy)(n.parts, name.parts) === 0;
            });
            const message = renamed
                ? `${path} is on ${base.ref} and has probably been applied, but was renamed to ${renamed.path}; Flyway then fails validation where it ran (description or checksum mismatch for version ${name.version}). Keep the old name and make the change in a new migration`
                : `${path} is on ${base.ref} and has probably been applied, but was deleted; Flyway then fails validation where it ran (applied migration ${name.version} not found). Restore it, and undo its effect in a new migration if that is the intent`;
            ctx.report({ file: path }, message);
        }
    },
}));

// EXTERNAL MODULE: ./src/sql/ddl.ts
var ddl = __nccwpck_require__(7540);
;// CONCATENATED MODULE: ./src/sql/volatility.ts


/**
 * Built-in functions (schema pg_catalog) that are not VOLATILE under any overload, callable from
 * SQL and returning one value. Generated from a PostgreSQL 15 catalog:
 *
 *   select proname from pg_proc where pronamespace = 'pg_catalog'::regnamespace
 *   group by proname
 *   having bool_and(provolatile <> 'v') and bool_and(prokind = 'f') and not bool_or(proretset)
 *      and not bool_or(<an argument or the result is internal, cstring or a handler type>)
 *
 * A function added by a later release is missing, which only makes pgmig cautious (it is then
 * treated as volatile, as every user-defined function is unless declared otherwise).
 */
const NON_VOLATILE_BUILTINS = `
abbrev abs aclcontains acldefault aclinsert aclitemeq aclremove acos acosd acosh age anyarray_send
anycompatiblearray_send anytextcat area array_append array_cat array_dims array_eq array_fill
array_ge array_gt array_larger array_le array_length array_lower array_lt array_ndims array_ne
array_position array_positions array_prepend array_remove array_replace array_send array_smaller
array_to_json array_to_string array_to_tsvector array_upper arraycontained arraycontains
arrayoverlap ascii asin asind asinh atan atan2 atan2d atand atanh bit bit_count bit_length bit_send
bitand bitcat bitcmp biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright
bittypmodin bitxor bool booland_statefunc booleq boolge boolgt boolle boollt boolne boolor_statefunc
boolsend bound_box box box_above box_above_eq box_add box_below box_below_eq box_center box_contain
box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_intersect box_le box_left
box_lt box_mul box_overabove box_overbelow box_overlap box_overleft box_overright box_right box_same
box_send box_sub bpchar bpchar_larger bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le
bpchar_pattern_lt bpchar_smaller bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike
bpcharicregexeq bpcharicregexne bpcharle bpcharlike bpcharlt bpcharne bpcharnlike bpcharregexeq
bpcharregexne bpcharsend bpchartypmodin brin_bloom_summary_send brin_minmax_multi_summary_send
broadcast btarraycmp btboolcmp btbpchar_pattern_cmp btcharcmp btequalimage btfloat48cmp btfloat4cmp
btfloat84cmp btfloat8cmp btint24cmp btint28cmp btint2cmp btint42cmp btint48cmp btint4cmp btint82cmp
btint84cmp btint8cmp btnamecmp btnametextcmp btoidcmp btoidvectorcmp btrecordcmp btrecordimagecmp
btrim bttext_pattern_cmp bttextcmp bttextnamecmp bttidcmp btvarstrequalimage byteacat byteacmp
byteaeq byteage byteagt byteale bytealike bytealt byteane byteanlike byteasend cardinality cash_cmp
cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2 cash_div_int4 cash_div_int8 cash_eq cash_ge
cash_gt cash_le cash_lt cash_mi cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4
cash_mul_int8 cash_ne cash_pl cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center
char char_length character_length chareq charge chargt charle charlt charne charsend chr cideq cidr
cidr_send cidsend circle circle_above circle_add_pt circle_below circle_center circle_contain
circle_contain_pt circle_contained circle_distance circle_div_pt circle_eq circle_ge circle_gt
circle_le circle_left circle_lt circle_mul_pt circle_ne circle_overabove circle_overbelow
circle_overlap circle_overleft circle_overright circle_right circle_same circle_send circle_sub_pt
close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws convert
convert_from convert_to cos cosd cosh cot cotd current_database current_schema current_schemas
current_setting current_user database_to_xml database_to_xml_and_xmlschema database_to_xmlschema
date date_bin date_cmp date_cmp_timestamp date_cmp_timestamptz date_eq date_eq_timestamp
date_eq_timestamptz date_ge date_ge_timestamp date_ge_timestamptz date_gt date_gt_timestamp
date_gt_timestamptz date_larger date_le date_le_timestamp date_le_timestamptz date_lt
date_lt_timestamp date_lt_timestamptz date_mi date_mi_interval date_mii date_ne date_ne_timestamp
date_ne_timestamptz date_part date_pl_interval date_pli date_send date_smaller date_trunc
datemultirange daterange daterange_canonical daterange_subdiff datetime_pl datetimetz_pl dcbrt
decode degrees dexp diagonal diameter dist_bp dist_bs dist_cpoint dist_cpoly dist_lp dist_ls
dist_pathp dist_pb dist_pc dist_pl dist_polyc dist_polyp dist_ppath dist_ppoly dist_ps dist_sb
dist_sl dist_sp div dlog1 dlog10 dpow dround dsqrt dtrunc elem_contained_by_multirange
elem_contained_by_range encode enum_cmp enum_eq enum_first enum_ge enum_gt enum_larger enum_last
enum_le enum_lt enum_ne enum_range enum_send enum_smaller exp extract factorial family float4
float48div float48eq float48ge float48gt float48le float48lt float48mi float48mul float48ne
float48pl float4_accum float4abs float4div float4eq float4ge float4gt float4larger float4le float4lt
float4mi float4mul float4ne float4pl float4send float4smaller float4um float4up float8 float84div
float84eq float84ge float84gt float84le float84lt float84mi float84mul float84ne float84pl
float8_accum float8_avg float8_combine float8_corr float8_covar_pop float8_covar_samp
float8_regr_accum float8_regr_avgx float8_regr_avgy float8_regr_combine float8_regr_intercept
float8_regr_r2 float8_regr_slope float8_regr_sxx float8_regr_sxy float8_regr_syy float8_stddev_pop
float8_stddev_samp float8_var_pop float8_var_samp float8abs float8div float8eq float8ge float8gt
float8larger float8le float8lt float8mi float8mul float8ne float8pl float8send float8smaller
float8um float8up floor flt4_mul_cash flt8_mul_cash fmgr_c_validator fmgr_internal_validator
fmgr_sql_validator format format_type gcd get_bit get_byte get_current_ts_config getdatabaseencoding
getpgusername gin_cmp_tslexeme gin_compare_jsonb has_any_column_privilege has_column_privilege
has_database_privilege has_foreign_data_wrapper_privilege has_function_privilege
has_language_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege
has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege hash_aclitem
hash_aclitem_extended hash_array hash_array_extended hash_multirange hash_multirange_extended
hash_numeric hash_numeric_extended hash_range hash_range_extended hash_record hash_record_extended
hashbpchar hashbpcharextended hashchar hashcharextended hashenum hashenumextended hashfloat4
hashfloat4extended hashfloat8 hashfloat8extended hashinet hashinetextended hashint2 hashint2extended
hashint4 hashint4extended hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended
hashmacaddrextended hashname hashnameextended hashoid hashoidextended hashoidvector
hashoidvectorextended hashtext hashtextextended hashtid hashtidextended height host hostmask
in_range inet_client_addr inet_client_port inet_merge inet_same_family inet_send inet_server_addr
inet_server_port inetand inetmi inetmi_int8 inetnot inetor inetpl initcap int2 int24div int24eq
int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl int28div int28eq int28ge int28gt
int28le int28lt int28mi int28mul int28ne int28pl int2_avg_accum int2_avg_accum_inv int2_mul_cash
int2_sum int2abs int2and int2div int2eq int2ge int2gt int2int4_sum int2larger int2le int2lt int2mi
int2mod int2mul int2ne int2not int2or int2pl int2send int2shl int2shr int2smaller int2um int2up
int2vectorsend int2xor int4 int42div int42eq int42ge int42gt int42le int42lt int42mi int42mul
int42ne int42pl int48div int48eq int48ge int48gt int48le int48lt int48mi int48mul int48ne int48pl
int4_avg_accum int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div
int4eq int4ge int4gt int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne
int4not int4or int4pl int4range int4range_canonical int4range_subdiff int4send int4shl int4shr
int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le int82lt int82mi
int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt int84mi int84mul int84ne
int84pl int8_avg int8_mul_cash int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge
int8gt int8inc int8inc_any int8inc_float8_float8 int8larger int8le int8lt int8mi int8mod int8mul
int8multirange int8ne int8not int8or int8pl int8pl_inet int8range int8range_canonical
int8range_subdiff int8send int8shl int8shr int8smaller int8um int8up int8xor integer_pl_date
inter_lb inter_sb inter_sl interval interval_accum interval_accum_inv interval_avg interval_cmp
interval_combine interval_div interval_eq interval_ge interval_gt interval_hash
interval_hash_extended interval_larger interval_le interval_lt interval_mi interval_mul interval_ne
interval_pl interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz
interval_pl_timetz interval_send interval_smaller interval_um intervaltypmodin is_normalized
isclosed isempty isfinite ishorizontal isopen isparallel isperp isvertical json_array_element
json_array_element_text json_array_length json_build_array json_build_object json_extract_path
json_extract_path_text json_object json_object_field json_object_field_text json_populate_record
json_send json_strip_nulls json_to_record json_to_tsvector json_typeof jsonb_array_element
jsonb_array_element_text jsonb_array_length jsonb_build_array jsonb_build_object jsonb_cmp
jsonb_concat jsonb_contained jsonb_contains jsonb_delete jsonb_delete_path jsonb_eq jsonb_exists
jsonb_exists_all jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt
jsonb_hash jsonb_hash_extended jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object
jsonb_object_field jsonb_object_field_text jsonb_path_exists jsonb_path_exists_opr
jsonb_path_exists_tz jsonb_path_match jsonb_path_match_opr jsonb_path_match_tz
jsonb_path_query_array jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz
jsonb_populate_record jsonb_pretty jsonb_send jsonb_set jsonb_set_lax jsonb_strip_nulls
jsonb_to_record jsonb_to_tsvector jsonb_typeof jsonpath_send justify_days justify_hours
justify_interval lcm left length like like_escape line line_distance line_eq line_horizontal
line_interpt line_intersect line_parallel line_perp line_send line_vertical ln log log10 lower
lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt lseg_horizontal
lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_parallel lseg_perp lseg_send
lseg_vertical ltrim macaddr macaddr8 macaddr8_and macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt
macaddr8_le macaddr8_lt macaddr8_ne macaddr8_not macaddr8_or macaddr8_send macaddr8_set7bit
macaddr_and macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_le macaddr_lt macaddr_ne
macaddr_not macaddr_or macaddr_send make_date make_interval make_time make_timestamp
make_timestamptz makeaclitem masklen md5 min_scale mod money mul_d_interval multirange
multirange_adjacent_multirange multirange_adjacent_range multirange_after_multirange
multirange_after_range multirange_before_multirange multirange_before_range multirange_cmp
multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem
multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge multirange_gt
multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt multirange_minus
multirange_ne multirange_overlaps_multirange multirange_overlaps_range
multirange_overleft_multirange multirange_overleft_range multirange_overright_multirange
multirange_overright_range multirange_send multirange_union mxid_age name nameconcatoid nameeq
nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq nameicregexne
namele nameletext namelike namelt namelttext namene namenetext namenlike nameregexeq nameregexne
namesend netmask network network_cmp network_eq network_ge network_gt network_larger network_le
network_lt network_ne network_overlap network_smaller network_sub network_subeq network_sup
network_supeq normalize notlike now npoints num_nonnulls num_nulls numeric numeric_abs numeric_add
numeric_cmp numeric_div numeric_div_trunc numeric_eq numeric_exp numeric_ge numeric_gt numeric_inc
numeric_larger numeric_le numeric_ln numeric_log numeric_lt numeric_mod numeric_mul numeric_ne
numeric_pl_pg_lsn numeric_power numeric_send numeric_smaller numeric_sqrt numeric_sub numeric_uminus
numeric_uplus numerictypmodin nummultirange numnode numrange numrange_subdiff obj_description
octet_length oid oideq oidge oidgt oidlarger oidle oidlt oidne oidsend oidsmaller oidvectoreq
oidvectorge oidvectorgt oidvectorle oidvectorlt oidvectorne oidvectorsend oidvectortypes on_pb on_pl
on_ppath on_ps on_sb on_sl overlaps overlay parse_ident path path_add path_add_pt path_contain_pt
path_distance path_div_pt path_inter path_length path_mul_pt path_n_eq path_n_ge path_n_gt path_n_le
path_n_lt path_npoints path_send path_sub_pt pclose pg_backend_pid pg_char_to_encoding
pg_client_encoding pg_collation_for pg_collation_is_visible pg_column_compression
pg_column_is_updatable pg_column_size pg_conf_load_time pg_conversion_is_visible pg_current_snapshot
pg_current_xact_id pg_current_xact_id_if_assigned pg_ddl_command_send pg_dependencies_send
pg_describe_object pg_encoding_max_length pg_encoding_to_char pg_event_trigger_table_rewrite_oid
pg_event_trigger_table_rewrite_reason pg_filenode_relation pg_function_is_visible
pg_get_constraintdef pg_get_expr pg_get_function_arg_default pg_get_function_arguments
pg_get_function_identity_arguments pg_get_function_result pg_get_function_sqlbody pg_get_functiondef
pg_get_indexdef pg_get_object_address pg_get_partition_constraintdef pg_get_partkeydef
pg_get_replica_identity_index pg_get_ruledef pg_get_serial_sequence pg_get_statisticsobjdef
pg_get_statisticsobjdef_columns pg_get_statisticsobjdef_expressions pg_get_triggerdef
pg_get_userbyid pg_get_viewdef pg_has_role pg_identify_object pg_identify_object_as_address
pg_index_column_has_property pg_index_has_property pg_indexam_has_property
pg_indexam_progress_phasename pg_is_other_temp_schema pg_lsn pg_lsn_cmp pg_lsn_eq pg_lsn_ge
pg_lsn_gt pg_lsn_hash pg_lsn_hash_extended pg_lsn_larger pg_lsn_le pg_lsn_lt pg_lsn_mi pg_lsn_mii
pg_lsn_ne pg_lsn_pli pg_lsn_send pg_lsn_smaller pg_mcv_list_send pg_my_temp_schema pg_ndistinct_send
pg_node_tree_send pg_opclass_is_visible pg_operator_is_visible pg_opfamily_is_visible
pg_partition_root pg_postmaster_start_time pg_relation_filenode pg_relation_filepath
pg_relation_is_publishable pg_relation_is_updatable pg_replication_origin_oid pg_sequence_parameters
pg_settings_get_flags pg_size_bytes pg_size_pretty pg_snapshot_send pg_snapshot_xmax
pg_snapshot_xmin pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count
pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start
pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid
pg_stat_get_backend_pid pg_stat_get_backend_start pg_stat_get_backend_userid
pg_stat_get_backend_wait_event pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start
pg_stat_get_bgwriter_buf_written_checkpoints pg_stat_get_bgwriter_buf_written_clean
pg_stat_get_bgwriter_maxwritten_clean pg_stat_get_bgwriter_requested_checkpoints
pg_stat_get_bgwriter_stat_reset_time pg_stat_get_bgwriter_timed_checkpoints
pg_stat_get_blocks_fetched pg_stat_get_blocks_hit pg_stat_get_buf_alloc
pg_stat_get_buf_fsync_backend pg_stat_get_buf_written_backend pg_stat_get_checkpoint_sync_time
pg_stat_get_checkpoint_write_time pg_stat_get_db_active_time pg_stat_get_db_blk_read_time
pg_stat_get_db_blk_write_time pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit
pg_stat_get_db_checksum_failures pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all
pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock pg_stat_get_db_conflict_snapshot
pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace pg_stat_get_db_deadlocks
pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends pg_stat_get_db_session_time
pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned pg_stat_get_db_sessions_fatal
pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time pg_stat_get_db_temp_bytes
pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted pg_stat_get_db_tuples_fetched
pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned pg_stat_get_db_tuples_updated
pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback pg_stat_get_dead_tuples
pg_stat_get_function_calls pg_stat_get_function_self_time pg_stat_get_function_total_time
pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time pg_stat_get_last_autoanalyze_time
pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time pg_stat_get_live_tuples
pg_stat_get_mod_since_analyze pg_stat_get_numscans pg_stat_get_replication_slot
pg_stat_get_snapshot_timestamp pg_stat_get_subscription_stats pg_stat_get_tuples_deleted
pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted
pg_stat_get_tuples_returned pg_stat_get_tuples_updated pg_stat_get_vacuum_count pg_stat_get_wal
pg_stat_get_wal_receiver pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_location
pg_trigger_depth pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible
pg_ts_template_is_visible pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff
pg_walfile_name pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above
point_add point_below point_distance point_div point_eq point_horiz point_left point_mul point_ne
point_right point_send point_sub point_vert poly_above poly_below poly_center poly_contain
poly_contain_pt poly_contained poly_distance poly_left poly_npoints poly_overabove poly_overbelow
poly_overlap poly_overleft poly_overright poly_right poly_same poly_send polygon popen position
postgresql_fdw_validator pow power pt_contained_circle pt_contained_poly querytree quote_ident
quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after
range_after_multirange range_before range_before_multirange range_cmp range_contained_by
range_contained_by_multirange range_contains range_contains_elem range_contains_multirange range_eq
range_ge range_gt range_intersect range_intersect_agg_transfn range_le range_lt range_merge
range_minus range_ne range_overlaps range_overlaps_multirange range_overleft
range_overleft_multirange range_overright range_overright_multirange range_send range_union
record_eq record_ge record_gt record_image_eq record_image_ge record_image_gt record_image_le
record_image_lt record_image_ne record_le record_lt record_ne record_send regclass regclasssend
regcollationsend regconfigsend regdictionarysend regexp_count regexp_instr regexp_like regexp_match
regexp_replace regexp_split_to_array regexp_substr regnamespacesend regoperatorsend regopersend
regproceduresend regprocsend regrolesend regtypesend repeat replace reverse right round
row_security_active row_to_json rpad rtrim satisfies_hash_partition scale schema_to_xml
schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen setweight
sha224 sha256 sha384 sha512 shobj_description sign similar_escape similar_to_escape sin sind sinh
slope spg_poly_quad_compress split_part sqrt starts_with statement_timestamp string_to_array strip
strpos substr substring table_to_xml table_to_xml_and_xmlschema table_to_xmlschema tan tand tanh
text text_ge text_gt text_larger text_le text_lt text_pattern_ge text_pattern_gt text_pattern_le
text_pattern_lt text_smaller textanycat textcat texteq texteqname textgename textgtname texticlike
texticnlike texticregexeq texticregexne textlen textlename textlike textltname textne textnename
textnlike textregexeq textregexne textsend tideq tidge tidgt tidlarger tidle tidlt tidne tidsend
tidsmaller time time_cmp time_eq time_ge time_gt time_hash time_hash_extended time_larger time_le
time_lt time_mi_interval time_mi_time time_ne time_pl_interval time_send time_smaller timedate_pl
timestamp timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz timestamp_eq timestamp_eq_date
timestamp_eq_timestamptz timestamp_ge timestamp_ge_date timestamp_ge_timestamptz timestamp_gt
timestamp_gt_date timestamp_gt_timestamptz timestamp_hash timestamp_hash_extended timestamp_larger
timestamp_le timestamp_le_date timestamp_le_timestamptz timestamp_lt timestamp_lt_date
timestamp_lt_timestamptz timestamp_mi timestamp_mi_interval timestamp_ne timestamp_ne_date
timestamp_ne_timestamptz timestamp_pl_interval timestamp_send timestamp_smaller timestamptypmodin
timestamptz timestamptz_cmp timestamptz_cmp_date timestamptz_cmp_timestamp timestamptz_eq
timestamptz_eq_date timestamptz_eq_timestamp timestamptz_ge timestamptz_ge_date
timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date timestamptz_gt_timestamp
timestamptz_larger timestamptz_le timestamptz_le_date timestamptz_le_timestamp timestamptz_lt
timestamptz_lt_date timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval timestamptz_ne
timestamptz_ne_date timestamptz_ne_timestamp timestamptz_pl_interval timestamptz_send
timestamptz_smaller timestamptztypmodin timetypmodin timetz timetz_cmp timetz_eq timetz_ge timetz_gt
timetz_hash timetz_hash_extended timetz_larger timetz_le timetz_lt timetz_mi_interval timetz_ne
timetz_pl_interval timetz_send timetz_smaller timetzdate_pl timetztypmodin timezone to_ascii to_char
to_date to_hex to_json to_jsonb to_number to_regclass to_regcollation to_regnamespace to_regoper
to_regoperator to_regproc to_regprocedure to_regrole to_regtype to_timestamp to_tsquery to_tsvector
transaction_timestamp translate trim_array trim_scale trunc ts_delete ts_filter ts_headline
ts_lexize ts_match_qv ts_match_tq ts_match_tt ts_match_vq ts_rank ts_rank_cd tsmultirange
tsq_mcontained tsq_mcontains tsquery_and tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le
tsquery_lt tsquery_ne tsquery_not tsquery_or tsquery_phrase tsquerysend tsrange tsrange_subdiff
tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat tsvector_eq tsvector_ge
tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array tsvectorsend txid_current
txid_current_if_assigned txid_current_snapshot txid_snapshot_send txid_snapshot_xmax
txid_snapshot_xmin txid_visible_in_snapshot unistr unknownsend upper upper_inc upper_inf uuid_cmp
uuid_eq uuid_ge uuid_gt uuid_hash uuid_hash_extended uuid_le uuid_lt uuid_ne uuid_send varbit
varbit_send varbitcmp varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin varchar
varcharsend varchartypmodin version void_send websearch_to_tsquery width width_bucket xid
xid8_larger xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8le xid8lt xid8ne xid8send xideq xideqint4
xidneq xidneqint4 xidsend xml xml_is_well_formed xml_is_well_formed_content
xml_is_well_formed_document xml_send xmlcomment xmlconcat2 xmlexists xmlvalidate xpath xpath_exists
`;
let builtins;
/** True for a pg_catalog function that can never be volatile, whatever the arguments. */
function isNonVolatileBuiltin(schema, name) {
    if (schema !== undefined && schema !== 'pg_catalog')
        return false;
    builtins ??= new Set(NON_VOLATILE_BUILTINS.split(/\s+/).filter(Boolean));
    return builtins.has(name);
}
/**
 * Whether an expression may be volatile, as PostgreSQL judges a column default when it decides
 * between storing it once in the catalog (PG 11+) and rewriting the table: a call to any
 * function pgmig cannot prove non-volatile (user functions are VOLATILE unless declared
 * otherwise), or a subquery. Constants, casts, operators, ARRAY[...], CASE and the SQL value
 * functions (CURRENT_TIMESTAMP, CURRENT_USER) are not.
 */
function mayBeVolatile(expr) {
    let volatile = false;
    walk(expr, (type, node) => {
        if (volatile)
            return false;
        if (type === 'SubLink')
            volatile = true;
        else if (type === 'FuncCall') {
            const fn = functionName(node);
            if (!fn || !isNonVolatileBuiltin(fn.schema, fn.name))
                volatile = true;
        }
        return !volatile;
    });
    return volatile;
}

;// CONCATENATED MODULE: ./src/rules/adding-field-with-default.ts





/* harmony default export */ const adding_field_with_default = (defineRule({
    id: 'adding-field-with-default',
    severity: 'warning',
    docs: {
        why: 'ADD COLUMN whose value must be computed row by row rewrites the whole table and its indexes while holding ACCESS EXCLUSIVE: nothing can read or write the table until every row is copied, minutes on a large table. From PostgreSQL 11 a non-volatile DEFAULT (a constant, now(), an expression of constants) is stored once in the catalog and costs nothing; a volatile one (gen_random_uuid(), clock_timestamp(), nextval(), any user function not declared otherwise, so also serial), a GENERATED … STORED column and an identity column still rewrite. Before PostgreSQL 11 every non-NULL default rewrites (config postgresVersion). A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
        instead: 'Add the column without the default (or with a constant one), set the default with ALTER COLUMN … SET DEFAULT (which affects only new rows), backfill existing rows in batches, and compute generated values with a trigger or in the application.',
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN public_id uuid DEFAULT gen_random_uuid();',
            good: 'ALTER TABLE lead ADD COLUMN public_id uuid;\nALTER TABLE lead ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n-- then backfill: UPDATE lead SET public_id = gen_random_uuid() WHERE public_id IS NULL (in batches)',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const pg = ctx.config.postgresVersion;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = cmd.def?.ColumnDef;
                if (!col)
                    continue;
                const what = `ADD COLUMN ${col.colname} to ${table}`;
                const rewrite = `rewrites all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`;
                if ((0,ddl/* isSerialType */.$f)(col.typeName)) {
                    const type = col.typeName.names[0].String.sval;
                    ctx.report(`${what} as ${type} fills every existing row from a sequence (a volatile default): it ${rewrite}`, {
                        location: col.typeName.location,
                    });
                }
                for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                    if (c.contype === 'CONSTR_GENERATED') {
                        // a virtual column (PostgreSQL 18) is computed when read; nothing is stored
                        if (c.generated_kind === 'v' && pg >= 18)
                            continue;
                        ctx.report(`${what} as a stored generated column computes it for every existing row: it ${rewrite}`, { location: c.location });
                    }
                    else if (c.contype === 'CONSTR_IDENTITY') {
                        ctx.report(`${what} as an identity column numbers every existing row: it ${rewrite}`, { location: c.location });
                    }
                    else if (c.contype === 'CONSTR_DEFAULT') {
                        const expr = c.raw_expr;
                        if (!expr || expr.A_Const?.isnull)
                            continue;
                        if (pg < 11) {
                            ctx.report(`${what} with a DEFAULT writes the default into every existing row before PostgreSQL 11 (postgresVersion is ${pg}): it ${rewrite}`, {
                                location: startLocation(expr) ?? c.location,
                            });
                        }
                        else if (mayBeVolatile(expr)) {
                            ctx.report(`${what} with a volatile DEFAULT computes it for every existing row: it ${rewrite}`, {
                                location: startLocation(expr) ?? c.location,
                            });
                        }
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-foreign-key-constraint.ts



/* harmony default export */ const adding_foreign_key_constraint = (defineRule({
    id: 'adding-foreign-key-constraint',
    severity: 'warning',
    docs: {
        why: 'Adding a foreign key to an existing table checks every row against the referenced table while holding SHARE ROW EXCLUSIVE on both tables: inserts, updates and deletes on either wait for the whole scan. ADD COLUMN … REFERENCES does the same. A foreign key written in CREATE TABLE, or added to a table created in the same change, is fine: there are no rows to check.',
        lock: 'SHARE ROW EXCLUSIVE on the table and on the referenced table (blocks writes to both) for the whole validation scan.',
        instead: 'Add the constraint with NOT VALID (only new rows are checked; the lock is brief), then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration or transaction: validation takes only SHARE UPDATE EXCLUSIVE, so reads and writes go on.',
        example: {
            bad: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id);',
            good: 'ALTER TABLE lead ADD CONSTRAINT lead_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_fk;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const report = (c, what) => {
                const ref = (0,relation/* relationOf */.Ke)(c.pktable);
                const target = ref ? (0,relation/* displayName */.QC)(ref) : 'the referenced table';
                ctx.report(`${what} on ${table} checks every row of ${table} against ${target} while blocking writes to both tables; add it NOT VALID and VALIDATE it later`, { location: c.location });
            };
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = cmd.def?.Constraint;
                    if (c?.contype === 'CONSTR_FOREIGN' && !c.skip_validation)
                        report(c, `foreign key ${c.conname ?? ''}`.trimEnd());
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = cmd.def?.ColumnDef;
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_FOREIGN')
                            report(c, `ADD COLUMN ${col.colname} REFERENCES`);
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-not-nullable-field.ts



// eslint-disable-next-line @typescript-eslint/no-explicit-any
function notNullColumn(expr) {
    const t = expr?.NullTest;
    if (t?.nulltesttype !== 'IS_NOT_NULL' || t.argisrow)
        return undefined;
    const fields = t.arg?.ColumnRef?.fields;
    return fields?.length === 1 ? fields[0]?.String?.sval : undefined;
}
/* harmony default export */ const adding_not_nullable_field = (defineRule({
    id: 'adding-not-nullable-field',
    severity: 'warning',
    docs: {
        why: 'ALTER COLUMN … SET NOT NULL reads the whole table to prove there is no NULL, holding ACCESS EXCLUSIVE all the while: every query on the table waits, minutes on a large table. From PostgreSQL 12 the scan is skipped when a valid CHECK (column IS NOT NULL) constraint already proves it. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole scan (blocks reads and writes).',
        instead: 'On PostgreSQL 12 or later: ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT in a later transaction (no blocking lock); then SET NOT NULL (no scan) and drop the helper check. Before 12 there is no scan-free way: keep the column nullable and rely on the CHECK constraint.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
            good: [
                'ALTER TABLE lead ADD CONSTRAINT lead_owner_id_not_null CHECK (owner_id IS NOT NULL) NOT VALID;',
                '-- in a later migration (or at least a later transaction):',
                'ALTER TABLE lead VALIDATE CONSTRAINT lead_owner_id_not_null;',
                'ALTER TABLE lead ALTER COLUMN owner_id SET NOT NULL;',
                'ALTER TABLE lead DROP CONSTRAINT lead_owner_id_not_null;',
            ].join('\n'),
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            const key = (0,relation/* keyOf */.TN)(node.relation);
            if (!key)
                return;
            const s = ctx.state;
            const checks = (s.checks ??= new Map());
            const proven = (s.proven ??= new Set());
            const elsewhere = (s.validatedElsewhere ??= new Set());
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const pg12 = ctx.config.postgresVersion >= 12;
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = cmd.def?.Constraint;
                    const column = c?.contype === 'CONSTR_CHECK' ? notNullColumn(c.raw_expr) : undefined;
                    if (!column)
                        continue;
                    if (c.conname)
                        checks.set(c.conname, { table: key, column });
                    // added without NOT VALID, the check is proven by the time the statement ends
                    if (!c.skip_validation)
                        proven.add(`${key}/${column}`);
                }
                else if (cmd.subtype === 'AT_ValidateConstraint') {
                    const check = checks.get(cmd.name);
                    if (check && check.table === key)
                        proven.add(`${key}/${check.column}`);
                    else
                        elsewhere.add(key);
                }
                else if (cmd.subtype === 'AT_SetNotNull') {
                    if (!ctx.isExisting(node.relation))
                        continue;
                    if (pg12 && (proven.has(`${key}/${cmd.name}`) || elsewhere.has(key)))
                        continue;
                    ctx.report(`SET NOT NULL on ${table}.${cmd.name} scans all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`, {
                        location: ctx.actionLocation(index),
                        help: pg12
                            ? `Add CHECK (${cmd.name} IS NOT NULL) NOT VALID, VALIDATE it in a later transaction, then SET NOT NULL (PostgreSQL 12+ then skips the scan) and drop the check.`
                            : `PostgreSQL ${ctx.config.postgresVersion} always scans (config postgresVersion); keep ${cmd.name} nullable and enforce it with a CHECK (${cmd.name} IS NOT NULL) constraint added NOT VALID and validated later.`,
                    });
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-serial-primary-key-field.ts



/* harmony default export */ const adding_serial_primary_key_field = (defineRule({
    id: 'adding-serial-primary-key-field',
    severity: 'warning',
    docs: {
        why: 'Adding a PRIMARY KEY to an existing table (ADD PRIMARY KEY, or ADD COLUMN … PRIMARY KEY, typically a serial id) builds its unique index while holding ACCESS EXCLUSIVE: every read and write waits for the whole index build, and for a new serial column for the rewrite that fills it. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
        instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it: ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX …, which only takes the lock briefly. The key columns must already be NOT NULL (see adding-not-nullable-field).',
        example: {
            bad: 'ALTER TABLE lead ADD PRIMARY KEY (id);',
            good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_pkey_idx ON lead (id);\nALTER TABLE lead ADD CONSTRAINT lead_pkey PRIMARY KEY USING INDEX lead_pkey_idx;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const message = (what) => `${what} on ${table} builds the primary key index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = cmd.def?.Constraint;
                    // USING INDEX attaches an index built beforehand (CONCURRENTLY): that is the safe way
                    if (c?.contype === 'CONSTR_PRIMARY' && !c.indexname)
                        ctx.report(message('ADD PRIMARY KEY'), { location: c.location });
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = cmd.def?.ColumnDef;
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_PRIMARY')
                            ctx.report(message(`ADD COLUMN ${col.colname} … PRIMARY KEY`), { location: c.location });
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/adding-required-field.ts



/* harmony default export */ const adding_required_field = (defineRule({
    id: 'adding-required-field',
    severity: 'warning',
    docs: {
        why: 'ADD COLUMN … NOT NULL without a DEFAULT fails outright as soon as the table has a row ("column contains null values"), and once added, every INSERT from code deployed before the migration (which does not know the column) fails. A DEFAULT NULL is no default. A table created in the same change is exempt: it has no rows and no code writes to it yet.',
        instead: 'Give the column a DEFAULT (a constant is cheap from PostgreSQL 11), or add it nullable, backfill it, and make it NOT NULL later (see adding-not-nullable-field).',
        example: {
            bad: "ALTER TABLE lead ADD COLUMN status text NOT NULL;",
            good: "ALTER TABLE lead ADD COLUMN status text NOT NULL DEFAULT 'new';",
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AddColumn')
                    continue;
                const col = cmd.def?.ColumnDef;
                if (!col)
                    continue;
                const cons = (0,ddl/* columnConstraints */.zD)(col);
                const notNull = cons.find((c) => c.contype === 'CONSTR_NOTNULL');
                if (!notNull)
                    continue;
                // serial, identity and generated columns fill existing rows themselves
                if ((0,ddl/* isSerialType */.$f)(col.typeName))
                    continue;
                const fills = cons.some((c) => c.contype === 'CONSTR_IDENTITY' ||
                    c.contype === 'CONSTR_GENERATED' ||
                    (c.contype === 'CONSTR_DEFAULT' && c.raw_expr && !c.raw_expr.A_Const?.isnull));
                if (fills)
                    continue;
                ctx.report(`ADD COLUMN ${col.colname} to ${table} is NOT NULL without a DEFAULT: it fails if ${table} has any row, and inserts that do not set ${col.colname} fail afterwards`, { location: ctx.actionLocation(index) ?? col.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-alter-domain-with-add-constraint.ts

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const domainName = (names) => (names ?? []).map((n) => n?.String?.sval).filter(Boolean).join('.');
/* harmony default export */ const ban_alter_domain_with_add_constraint = (defineRule({
    id: 'ban-alter-domain-with-add-constraint',
    severity: 'warning',
    docs: {
        why: 'ALTER DOMAIN … ADD CONSTRAINT (and ALTER DOMAIN … SET NOT NULL, which adds one) checks every column of every table that uses the domain, locking each of those tables against writes for the scan; unlike a table constraint there is no cheap way to stage it, and one statement can stall many tables at once. The constraint then also hides in the type, far from the tables it slows down.',
        lock: 'SHARE on every table with a column of the domain, for the scan (blocks writes to all of them).',
        instead: 'Put the rule on the columns instead: ALTER TABLE … ADD CONSTRAINT … CHECK (…) NOT VALID on each table, then VALIDATE CONSTRAINT in a later transaction.',
        example: {
            bad: "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
            good: "ALTER TABLE app_user ADD CONSTRAINT app_user_email_has_at CHECK (email LIKE '%@%') NOT VALID;",
        },
    },
    visit: {
        AlterDomainStmt(node, ctx) {
            const domain = domainName(node.typeName);
            if (node.subtype === 'C') {
                const c = node.def?.Constraint;
                ctx.report(`ALTER DOMAIN ${domain} ADD CONSTRAINT checks every column of type ${domain} in every table, blocking writes to each; put the constraint on the tables instead`, {
                    location: c?.location,
                });
            }
            else if (node.subtype === 'O') {
                ctx.report(`ALTER DOMAIN ${domain} SET NOT NULL checks every column of type ${domain} in every table, blocking writes to each; put a NOT NULL check on the tables instead`);
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-char-field.ts



/** char(n), character(n), nchar, bpchar (all the blank-padded type) and the one-byte "char". */
const CHAR_TYPES = new Set(['bpchar', 'char', 'character']);
/* harmony default export */ const ban_char_field = (defineRule({
    id: 'ban-char-field',
    severity: 'warning',
    docs: {
        why: 'char(n) pads every value with blanks to n characters, ignores trailing blanks in comparisons but not in LIKE or in most client code, and is no faster than text or varchar in PostgreSQL; it is almost always a mistake, and changing it later rewrites the table. (The quoted one-byte "char" type is internal to the catalogs.)',
        instead: 'Use text (with a CHECK (length(col) <= n) if the length matters) or varchar(n).',
        example: {
            bad: 'CREATE TABLE country (code char(2) PRIMARY KEY);',
            good: 'CREATE TABLE country (code text PRIMARY KEY CHECK (length(code) = 2));',
        },
    },
    visit: {
        CreateStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const el of node.tableElts ?? []) {
                const col = el?.ColumnDef;
                if (col && CHAR_TYPES.has((0,ddl/* typeBaseName */.ZX)(col.typeName) ?? '')) {
                    ctx.report(`column ${col.colname} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName.location });
                }
            }
        },
        AlterTableStmt(node, ctx) {
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                const col = cmd.def?.ColumnDef;
                if (!col || (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType'))
                    continue;
                if (!CHAR_TYPES.has((0,ddl/* typeBaseName */.ZX)(col.typeName) ?? ''))
                    continue;
                const name = col.colname ?? cmd.name;
                ctx.report(`column ${name} of ${table} is char(n), which pads values with blanks; use text or varchar`, { location: col.typeName.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-create-domain-with-constraint.ts

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ban_create_domain_with_constraint_domainName = (names) => (names ?? []).map((n) => n?.String?.sval).filter(Boolean).join('.');
/* harmony default export */ const ban_create_domain_with_constraint = (defineRule({
    id: 'ban-create-domain-with-constraint',
    severity: 'warning',
    docs: {
        why: 'A domain with a CHECK or NOT NULL constraint is hard to change online: altering the constraint later re-checks every column of every table that uses the domain, with no NOT VALID step for the tables, and adding a column of the domain to an existing table rewrites the table so every row can be checked. The rule lives in the type, far from the tables it slows down. A DEFAULT on a domain is not a constraint and is fine.',
        instead: 'Create the domain without constraints (or use the base type) and put CHECK / NOT NULL constraints on the table columns, where they can be added NOT VALID and validated later.',
        example: {
            bad: "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');",
            good: "CREATE DOMAIN email AS text;\nCREATE TABLE app_user (id bigint PRIMARY KEY, email email CHECK (email LIKE '%@%'));",
        },
    },
    visit: {
        CreateDomainStmt(node, ctx) {
            const domain = ban_create_domain_with_constraint_domainName(node.domainname);
            for (const c of node.constraints ?? []) {
                const con = c?.Constraint;
                if (con?.contype !== 'CONSTR_CHECK' && con?.contype !== 'CONSTR_NOTNULL')
                    continue;
                const kind = con.contype === 'CONSTR_CHECK' ? 'CHECK' : 'NOT NULL';
                ctx.report(`domain ${domain} has a ${kind} constraint: changing it later re-checks every table that uses ${domain}; put the constraint on the columns instead`, {
                    location: con.location,
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-column.ts



/* harmony default export */ const ban_drop_column = (defineRule({
    id: 'ban-drop-column',
    severity: 'warning',
    docs: {
        why: 'Dropping a column breaks every query, view and client that still names it, including code deployed before the migration that is still running during a rolling deploy (and ORMs that list every column they know). Its data is gone: an undo script can add the column back, not its values. A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (the column is only marked dropped).',
        instead: 'Expand and contract: deploy code that no longer reads or writes the column first (for ORMs, mark it ignored), then drop it in a later migration, once nothing running uses it.',
        example: {
            bad: 'ALTER TABLE lead DROP COLUMN legacy_score;',
            good: '-- release 1: stop reading and writing legacy_score in the application\n-- release 2, once no running code uses it:\n-- pgmig-ignore ban-drop-column\nALTER TABLE lead DROP COLUMN legacy_score;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DropColumn')
                    continue;
                ctx.report(`DROP COLUMN ${cmd.name} on ${table} breaks every query and client still using ${table}.${cmd.name}, and its data is lost`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-database.ts

/* harmony default export */ const ban_drop_database = (defineRule({
    id: 'ban-drop-database',
    // error, not squawk's warning: no migration should ever do this, and it cannot be undone
    severity: 'error',
    docs: {
        why: 'DROP DATABASE deletes a whole database, every table and every row in it, and cannot be undone or rolled back (it does not even run inside a transaction). In a migration that runs on every environment, including production, it is never what was meant; the severity is error so it cannot pass as a warning.',
        instead: 'Remove databases by hand, with a backup, outside the migration history. If a migration really must, silence it with `-- pgmig-ignore ban-drop-database` and a comment saying why.',
        example: {
            bad: 'DROP DATABASE analytics;',
            good: '-- drop the analytics database by hand, after a backup; migrations never do',
        },
    },
    visit: {
        DropdbStmt(node, ctx) {
            ctx.report(`DROP DATABASE ${node.dbname} deletes the whole database and all its data, on every environment the migration runs on`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-not-null.ts



/* harmony default export */ const ban_drop_not_null = (defineRule({
    id: 'ban-drop-not-null',
    severity: 'warning',
    docs: {
        why: 'Dropping NOT NULL lets NULLs into a column that running code (and reports, exports, other services) assumes is always set: the first NULL written by new code can crash old code that reads it. Putting NOT NULL back later means scanning the table again. A table created in the same change is exempt: nothing reads it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly.',
        instead: 'First deploy every reader so it handles NULL in the column, then drop the constraint in a later migration.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
            good: '-- release 1: make every reader of lead.owner_id handle NULL\n-- release 2:\n-- pgmig-ignore ban-drop-not-null\nALTER TABLE lead ALTER COLUMN owner_id DROP NOT NULL;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DropNotNull')
                    continue;
                ctx.report(`DROP NOT NULL on ${table}.${cmd.name} lets NULLs reach code that expects ${cmd.name} to be set`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-drop-table.ts


/* harmony default export */ const ban_drop_table = (defineRule({
    id: 'ban-drop-table',
    // error, not squawk's warning: every row is lost for good and every query on the table fails at once
    severity: 'error',
    docs: {
        why: 'DROP TABLE deletes the table with all its rows; an undo script can recreate the table but not the data. Every query, view, function and client still using it fails at once, including code deployed before the migration during a rolling deploy. The severity is error (squawk says warning) so a drop is always acknowledged. A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table (and on tables whose foreign keys point at it).',
        instead: 'Stop using the table first (deploy code that no longer touches it, keep a backup or rename it to an _archived name for a while), then drop it in a later migration with `-- pgmig-ignore ban-drop-table` and a comment saying why it is safe.',
        example: {
            bad: 'DROP TABLE lead_import;',
            good: '-- release 1: nothing reads or writes lead_import any more; a backup was taken\n-- release 2:\n-- pgmig-ignore ban-drop-table\nDROP TABLE lead_import;',
        },
    },
    visit: {
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_TABLE')
                return;
            const existing = (node.objects ?? [])
                // eslint-disable-next-line @typescript-eslint/no-explicit-any
                .map((o) => (0,relation/* relationFromNames */.be)(o?.List?.items))
                .filter((ref) => ref && ctx.isExisting(ref))
                .map((ref) => (0,relation/* displayName */.QC)(ref));
            if (existing.length === 0)
                return;
            const list = existing.join(', ');
            ctx.report(`DROP TABLE ${list} deletes ${existing.length > 1 ? 'those tables' : 'the table'} with all rows, and breaks every query and client still using ${existing.length > 1 ? 'them' : 'it'}`);
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-duplicate-column-assignments.ts


/**
 * Reports every plain column named more than once in one list. `SET a.x = 1, a.y = 2` (fields
 * of a composite) and `SET a[1] = 1, a[2] = 2` (array elements) are legal and are left alone.
 */
function checkList(targets, what, ctx) {
    const byName = new Map();
    for (const t of targets ?? []) {
        const rt = t?.ResTarget;
        if (!rt?.name || rt.indirection?.length)
            continue;
        let list = byName.get(rt.name);
        if (!list)
            byName.set(rt.name, (list = []));
        list.push(rt);
    }
    for (const [name, list] of byName) {
        if (list.length < 2)
            continue;
        for (const rt of list) {
            ctx.report(`column ${name} is assigned ${list.length} times in one ${what}; PostgreSQL rejects the statement`, { location: rt.location });
        }
    }
}
function ban_duplicate_column_assignments_check(type, node, ctx) {
    if (type === 'UpdateStmt')
        checkList(node.targetList, 'UPDATE … SET', ctx);
    else if (type === 'InsertStmt') {
        checkList(node.cols, 'INSERT column list', ctx);
        // the clause is an untyped field of the INSERT, so a walk does not meet it on its own
        checkList(node.onConflictClause?.targetList, 'ON CONFLICT DO UPDATE SET', ctx);
    }
    else if (type === 'MergeStmt') {
        for (const w of node.mergeWhenClauses ?? []) {
            const clause = w?.MergeWhenClause;
            if (clause)
                checkList(clause.targetList, clause.commandType === 'CMD_INSERT' ? 'MERGE … INSERT column list' : 'MERGE … UPDATE SET', ctx);
        }
    }
}
/**
 * The statement itself and those nested in it. A data-modifying statement can only be nested
 * in the top-level WITH (PostgreSQL's rule), in a SQL function body or in a rule's actions, so
 * only those parts are walked, never the rows of a large INSERT … VALUES.
 */
function visit(kind) {
    return (node, ctx) => {
        ban_duplicate_column_assignments_check(kind, node, ctx);
        const nested = (type, inner) => {
            ban_duplicate_column_assignments_check(type, inner, ctx);
        };
        walk(node.withClause, nested);
        if (kind === 'CreateFunctionStmt')
            walk(node.sql_body, nested);
        if (kind === 'RuleStmt')
            walk(node.actions, nested);
    };
}
/* harmony default export */ const ban_duplicate_column_assignments = (defineRule({
    id: 'ban-duplicate-column-assignments',
    severity: 'warning',
    docs: {
        why: 'Assigning the same column twice in one UPDATE … SET, ON CONFLICT DO UPDATE SET, MERGE action or INSERT column list is an error in PostgreSQL ("multiple assignments to same column"): the migration fails when it runs, usually a copy-and-paste slip where one of the two values was meant for another column.',
        instead: 'Assign each column once; check which column the second value was meant for.',
        example: {
            bad: "UPDATE lead SET status = 'new', status = 'open' WHERE status IS NULL;",
            good: "UPDATE lead SET status = 'new', stage = 'open' WHERE status IS NULL;",
        },
    },
    visit: {
        UpdateStmt: visit('UpdateStmt'),
        InsertStmt: visit('InsertStmt'),
        DeleteStmt: visit('DeleteStmt'),
        SelectStmt: visit('SelectStmt'),
        MergeStmt: visit('MergeStmt'),
        CreateFunctionStmt: visit('CreateFunctionStmt'),
        RuleStmt: visit('RuleStmt'),
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-truncate-cascade.ts



/* harmony default export */ const ban_truncate_cascade = (defineRule({
    id: 'ban-truncate-cascade',
    severity: 'warning',
    docs: {
        why: 'TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and every table referencing those, recursively: a cleanup of one table can wipe out tables nobody named, in every environment the migration runs on.',
        lock: 'ACCESS EXCLUSIVE on every truncated table, the cascaded ones included.',
        instead: 'Name every table to truncate explicitly (TRUNCATE a, b without CASCADE fails if something else still references them), or delete the rows you mean with DELETE … WHERE.',
        example: {
            bad: 'TRUNCATE lead_import CASCADE;',
            good: 'TRUNCATE lead_import, lead_import_error;',
        },
    },
    visit: {
        TruncateStmt(node, ctx) {
            if (node.behavior !== 'DROP_CASCADE')
                return;
            const names = (node.relations ?? [])
                // eslint-disable-next-line @typescript-eslint/no-explicit-any
                .map((r) => (0,relation/* relationOf */.Ke)(r?.RangeVar))
                .filter(Boolean)
                .map((r) => (0,relation/* displayName */.QC)(r));
            const cascade = (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['CASCADE']);
            ctx.report(`TRUNCATE ${names.join(', ')} CASCADE also empties every table with a foreign key to ${names.length > 1 ? 'them' : 'it'}, recursively`, {
                location: cascade[cascade.length - 1],
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/ban-uncommitted-transaction.ts

/* harmony default export */ const ban_uncommitted_transaction = (defineRule({
    id: 'ban-uncommitted-transaction',
    severity: 'warning',
    docs: {
        why: 'A file that runs BEGIN and never COMMITs leaves the transaction open when it ends: depending on the runner its changes are rolled back when the session closes (the migration is recorded but did nothing), or the next migration runs inside it, holding every lock taken so far until something finally commits.',
        instead: 'End every BEGIN with COMMIT (or ROLLBACK) in the same file, or leave transaction control to the migration runner and write no BEGIN at all.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;',
            good: 'BEGIN;\nALTER TABLE lead ADD COLUMN note text;\nCOMMIT;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = ctx.state;
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    // a BEGIN inside a transaction only draws a warning from the server; the first one counts
                    s.open ??= ctx.stmt;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    s.open = undefined;
                    break;
            }
        },
    },
    endFile(ctx) {
        const open = ctx.state.open;
        if (open)
            ctx.report('this BEGIN is never committed or rolled back before the file ends; add COMMIT', { stmt: open });
    },
}));

;// CONCATENATED MODULE: ./src/rules/changing-column-type.ts



/* harmony default export */ const changing_column_type = (defineRule({
    id: 'changing-column-type',
    severity: 'warning',
    docs: {
        why: 'ALTER COLUMN … TYPE takes ACCESS EXCLUSIVE and, unless the old and new types are binary compatible (varchar(n) to a longer varchar or to text), rewrites the whole table and rebuilds its indexes while holding it: nothing can read or write the table until it is done. Code deployed before the migration may also break on the new type. A table created in the same change is exempt: it has no rows and no readers yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole rewrite (blocks reads and writes).',
        instead: 'Add a new column of the new type, write to both (trigger or application), backfill in batches, switch readers over, then drop the old column. Widening varchar(n) or changing it to text does not rewrite and can be accepted with a pgmig-ignore.',
        example: {
            bad: 'ALTER TABLE lead ALTER COLUMN score TYPE bigint;',
            good: 'ALTER TABLE lead ADD COLUMN score_big bigint;\n-- then: backfill score_big in batches, move readers to it, drop score',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_AlterColumnType')
                    continue;
                const type = cmd.def?.ColumnDef?.typeName;
                ctx.report(`changing the type of ${table}.${cmd.name} locks ${table} against reads and writes and may rewrite the whole table and its indexes`, { location: type?.location });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/constraint-missing-not-valid.ts



const HELP = {
    CONSTR_CHECK: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
    CONSTR_FOREIGN: 'Add the constraint with NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later transaction, which lets reads and writes go on.',
    CONSTR_NOTNULL: 'Add the constraint with NOT VALID (PostgreSQL 18+), then VALIDATE CONSTRAINT in a later transaction.',
    CONSTR_UNIQUE: 'A UNIQUE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX.',
    CONSTR_PRIMARY: 'A PRIMARY KEY cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.',
    CONSTR_EXCLUSION: 'An exclusion constraint cannot be NOT VALID and has no online form: add it while the table is small, or in a maintenance window.',
};
/* harmony default export */ const constraint_missing_not_valid = (defineRule({
    id: 'constraint-missing-not-valid',
    severity: 'warning',
    docs: {
        why: 'ALTER TABLE … ADD CONSTRAINT checks every existing row before it returns, and holds its lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE for a foreign key) all the while: writes, and for CHECK reads too, wait for the whole scan. NOT VALID skips the scan; VALIDATE CONSTRAINT then checks the rows under a lock that lets reads and writes go on, but only if it runs in a later transaction: in the same one, the ADD\'s lock is still held for the scan. A table created in the same change is exempt: it has no rows yet. UNIQUE, PRIMARY KEY and EXCLUDE constraints cannot be NOT VALID; the help names their safe form.',
        lock: 'ACCESS EXCLUSIVE (CHECK, UNIQUE, PRIMARY KEY, EXCLUDE) or SHARE ROW EXCLUSIVE (FOREIGN KEY) on the table for the whole scan.',
        instead: 'ADD CONSTRAINT … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a separate transaction (a later migration, or after COMMIT). For UNIQUE or PRIMARY KEY, create the index CONCURRENTLY and add the constraint USING INDEX.',
        example: {
            bad: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0);',
            good: 'ALTER TABLE account ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE account VALIDATE CONSTRAINT positive_balance;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = ctx.state;
            s.inTransaction ??= ctx.config.assumeInTransaction;
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    if (!s.inTransaction)
                        s.notValid = new Set();
                    s.inTransaction = true;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    s.inTransaction = false;
                    s.notValid = new Set();
                    break;
            }
        },
        AlterTableStmt(node, ctx) {
            const s = ctx.state;
            s.inTransaction ??= ctx.config.assumeInTransaction;
            const notValid = (s.notValid ??= new Set());
            const existing = ctx.isExisting(node.relation);
            const table = (0,relation/* relationOf */.Ke)(node.relation) ? (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation)) : 'the table';
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = cmd.def?.Constraint;
                    if (!c)
                        continue;
                    if (c.skip_validation) {
                        if (c.conname)
                            notValid.add(c.conname);
                        continue;
                    }
                    // an existing index attached as the constraint needs no scan
                    if (c.indexname || !existing)
                        continue;
                    const name = c.conname ? `constraint ${c.conname}` : 'a constraint';
                    ctx.report(`ADD ${name} on ${table} checks every existing row while blocking writes to ${table}; add it NOT VALID and VALIDATE it in a later transaction`, {
                        location: ctx.actionLocation(index) ?? c.location,
                        help: HELP[c.contype] ?? HELP.CONSTR_CHECK,
                    });
                }
                else if (cmd.subtype === 'AT_ValidateConstraint') {
                    if (!s.inTransaction || !existing || !notValid.has(cmd.name))
                        continue;
                    ctx.report(`VALIDATE CONSTRAINT ${cmd.name} runs in the same transaction that added it NOT VALID: the ADD's lock on ${table} is still held, so the scan blocks ${table} as if NOT VALID were not there`, {
                        location: ctx.actionLocation(index),
                        help: 'COMMIT after adding the constraint NOT VALID and validate it in a new transaction, ideally in the next migration.',
                    });
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/disallowed-unique-constraint.ts



/* harmony default export */ const disallowed_unique_constraint = (defineRule({
    id: 'disallowed-unique-constraint',
    severity: 'warning',
    docs: {
        why: 'Adding a UNIQUE constraint to an existing table (ADD CONSTRAINT … UNIQUE, or ADD COLUMN … UNIQUE) builds its unique index while holding ACCESS EXCLUSIVE: every read and write on the table waits for the whole index build. A table created in the same change is exempt: it has no rows yet.',
        lock: 'ACCESS EXCLUSIVE on the table for the whole index build (blocks reads and writes).',
        instead: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction), then attach it with ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …, which only takes the lock briefly.',
        example: {
            bad: 'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);',
            good: '-- in a migration of its own, outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY lead_email_idx ON lead (email);\nALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE USING INDEX lead_email_idx;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (!ctx.isExisting(node.relation))
                return;
            const table = (0,relation/* displayName */.QC)((0,relation/* relationOf */.Ke)(node.relation));
            const message = (what) => `${what} on ${table} builds a unique index under an ACCESS EXCLUSIVE lock, blocking reads and writes to ${table} until it is built`;
            for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype === 'AT_AddConstraint') {
                    const c = cmd.def?.Constraint;
                    if (c?.contype === 'CONSTR_UNIQUE' && !c.indexname) {
                        ctx.report(message(`UNIQUE constraint ${c.conname ?? ''}`.trimEnd()), { location: c.location });
                    }
                }
                else if (cmd.subtype === 'AT_AddColumn') {
                    const col = cmd.def?.ColumnDef;
                    for (const c of (0,ddl/* columnConstraints */.zD)(col)) {
                        if (c.contype === 'CONSTR_UNIQUE')
                            ctx.report(message(`ADD COLUMN ${col.colname} … UNIQUE`), { location: c.location });
                    }
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/identifier-too-long.ts


/** NAMEDATALEN - 1: the longest name PostgreSQL keeps, in bytes. */
const MAX_BYTES = 63;
/**
 * Runs of identifier characters and quoted identifiers: a name over 63 bytes must be one of
 * them, and at least as long in its raw form (escapes and `""` only shorten it). Statements
 * without such a long run skip the token scan, which is most of this rule's cost.
 */
const RUNS = /[\p{L}\p{N}_$\u0080-\u{10ffff}]{16,}|"(?:[^"]|"")*"/gu;
function mayHaveLongName(text) {
    for (const m of text.matchAll(RUNS))
        if (Buffer.byteLength(m[0], 'utf8') > MAX_BYTES)
            return true;
    return false;
}
/* harmony default export */ const identifier_too_long = (defineRule({
    id: 'identifier-too-long',
    severity: 'warning',
    docs: {
        why: 'PostgreSQL cuts every name longer than 63 bytes to 63 bytes, with only a NOTICE. The object then exists under a name nobody wrote: a later migration, an ORM or a schema diff that uses the full name looks for something else, and two long names that share their first 63 bytes collide ("already exists"). Bytes, not characters, count: a name in a non-Latin script reaches the limit sooner.',
        instead: 'Choose a name of at most 63 bytes (abbreviate: idx, fk, chk), and use it everywhere.',
        example: {
            bad: 'CREATE INDEX lead_owner_id_created_at_status_priority_region_source_partial_idx ON lead (owner_id, created_at, status, priority, region, source);',
            good: 'CREATE INDEX lead_owner_created_status_idx ON lead (owner_id, created_at, status, priority, region, source);',
        },
    },
    visit: {
        '*'(_node, ctx) {
            if (!mayHaveLongName(ctx.stmt.text))
                return;
            for (const { name, location } of (0,ddl/* identifierTokens */.m6)(ctx.stmt, ctx.file.parsed.source)) {
                const bytes = Buffer.byteLength(name, 'utf8');
                if (bytes <= MAX_BYTES)
                    continue;
                ctx.report(`identifier "${name}" is ${bytes} bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${truncate(name)}"`, { location });
            }
        },
    },
}));
/** What the server keeps: the longest prefix of whole characters within 63 bytes. */
function truncate(name) {
    let out = '';
    let bytes = 0;
    for (const ch of name) {
        const b = Buffer.byteLength(ch, 'utf8');
        if (bytes + b > MAX_BYTES)
            break;
        out += ch;
        bytes += b;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sql/column-types.ts


/**
 * The column types a statement declares: the columns of CREATE TABLE, ALTER TABLE … ADD COLUMN
 * and ALTER TABLE … ALTER COLUMN … TYPE. Foreign tables, views and composite types store no rows
 * of their own, so their columns are not included (squawk leaves them out too).
 */
function declaredColumnTypes(kind, node) {
    const out = [];
    if (kind === 'CreateStmt') {
        const table = (0,relation/* relationOf */.Ke)(node.relation);
        for (const el of node.tableElts ?? []) {
            const col = el?.ColumnDef;
            // a partition's column clauses (WITH OPTIONS, constraints) carry no type
            if (col?.typeName)
                out.push({ typeName: col.typeName, column: col.colname, table });
        }
    }
    else if (kind === 'AlterTableStmt') {
        const table = (0,relation/* relationOf */.Ke)(node.relation);
        for (const { cmd } of (0,ddl/* tableCmds */.ir)(node)) {
            if (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType')
                continue;
            const col = cmd.def?.ColumnDef;
            if (col?.typeName)
                out.push({ typeName: col.typeName, column: col.colname ?? cmd.name, table });
        }
    }
    return out;
}
const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/**
 * The name of a built-in type (`int4`, `varchar`, `timestamp`, `serial` …) as PostgreSQL resolves
 * what was written: unqualified or in pg_catalog. The grammar already turns `integer` into
 * `pg_catalog.int4` and `character varying` into `pg_catalog.varchar`. A type qualified with any
 * other schema is a user's type of the same name, and `%TYPE` copies another column's type, so
 * both give undefined. Arrays give their element type's name.
 */
function builtinTypeName(typeName) {
    if (!typeName || typeName.pct_type)
        return undefined;
    const names = typeName.names ?? [];
    if (names.length > 2 || (names.length === 2 && names[0]?.String?.sval !== 'pg_catalog'))
        return undefined;
    const base = (0,ddl/* typeBaseName */.ZX)(typeName);
    // serial is shorthand the server only recognises unqualified; pg_catalog.serial does not exist
    if (base && SERIALS.has(base))
        return (0,ddl/* isSerialType */.$f)(typeName) ? base : undefined;
    return base;
}
/** The type as the user would write it, for messages: `integer`, `varchar(20)`, `timestamp[]`. */
function typeLabel(typeName) {
    const base = builtinTypeName(typeName) ?? (0,ddl/* typeBaseName */.ZX)(typeName) ?? 'type';
    const nice = { int4: 'integer', int2: 'smallint', int8: 'bigint' };
    const mods = (typeName?.typmods ?? [])
        .map((m) => m?.A_Const?.ival?.ival)
        .filter((v) => typeof v === 'number');
    const array = typeName?.arrayBounds ? '[]' : '';
    return `${nice[base] ?? base}${mods.length ? `(${mods.join(', ')})` : ''}${array}`;
}

;// CONCATENATED MODULE: ./src/rules/prefer-bigint-over-int.ts



/** 32-bit integer types, and serial, which is a 32-bit integer with a sequence default. */
const INT4 = new Set(['int4', 'serial', 'serial4']);
/* harmony default export */ const prefer_bigint_over_int = (defineRule({
    id: 'prefer-bigint-over-int',
    severity: 'warning',
    docs: {
        why: 'integer (int, int4) and serial stop at 2,147,483,647. Ids and counters of a busy table get there, and from then on every insert fails. Widening the column to bigint later rewrites the whole table under an ACCESS EXCLUSIVE lock, and every foreign key column pointing at it must be widened too. bigint costs four more bytes per value, often nothing once rows are aligned. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, arrays included, new tables too: the time to choose the type is when the table is made.',
        instead: 'Use bigint (int8), and bigint GENERATED ALWAYS AS IDENTITY instead of serial for ids.',
        example: {
            bad: 'CREATE TABLE lead (id serial PRIMARY KEY, visits integer NOT NULL DEFAULT 0);',
            good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, visits bigint NOT NULL DEFAULT 0);',
        },
    },
    visit: {
        CreateStmt: prefer_bigint_over_int_check,
        AlterTableStmt: prefer_bigint_over_int_check,
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function prefer_bigint_over_int_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (!INT4.has(builtinTypeName(d.typeName) ?? ''))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 32-bit integer that overflows at 2,147,483,647; use bigint`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-bigint-over-smallint.ts



/** 16-bit integer types, and smallserial, which is a 16-bit integer with a sequence default. */
const INT2 = new Set(['int2', 'smallserial', 'serial2']);
/* harmony default export */ const prefer_bigint_over_smallint = (defineRule({
    id: 'prefer-bigint-over-smallint',
    severity: 'warning',
    docs: {
        why: 'smallint (int2) and smallserial stop at 32,767: a counter, a quantity or an id of a table that grows more than expected overflows, and every insert or update that goes past fails. Widening the column later rewrites the whole table under an ACCESS EXCLUSIVE lock. The two bytes smallint saves per value are usually lost to row alignment. Every column type written in CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE is checked, new tables too.',
        instead: 'Use bigint (int8); for ids, bigint GENERATED ALWAYS AS IDENTITY instead of smallserial.',
        example: {
            bad: 'CREATE TABLE lead_stage (id smallserial PRIMARY KEY, position smallint NOT NULL);',
            good: 'CREATE TABLE lead_stage (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, position bigint NOT NULL);',
        },
    },
    visit: {
        CreateStmt: prefer_bigint_over_smallint_check,
        AlterTableStmt: prefer_bigint_over_smallint_check,
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function prefer_bigint_over_smallint_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (!INT2.has(builtinTypeName(d.typeName) ?? ''))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}, a 16-bit integer that overflows at 32,767; use bigint`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-identity.ts



const prefer_identity_SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/* harmony default export */ const prefer_identity = (defineRule({
    id: 'prefer-identity',
    severity: 'warning',
    docs: {
        why: 'serial is not a type but a shorthand: an integer column, a separate sequence owned by it and a DEFAULT nextval(). The sequence has its own owner and privileges (an INSERT needs USAGE on it, so GRANTs must name it), CREATE TABLE … LIKE and dump/restore to another schema can leave the default pointing at the old sequence, and nothing stops a writer from supplying its own id. An identity column (SQL standard, PostgreSQL 10+) ties the sequence to the column: one object to own, grant and copy, and with GENERATED ALWAYS explicit ids are refused.',
        instead: 'Use bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT when callers must sometimes supply the id).',
        example: {
            bad: 'CREATE TABLE lead (id bigserial PRIMARY KEY, name text NOT NULL);',
            good: 'CREATE TABLE lead (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
        },
    },
    visit: {
        CreateStmt: prefer_identity_check,
        AlterTableStmt: prefer_identity_check,
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function prefer_identity_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        const type = builtinTypeName(d.typeName);
        if (!type || !prefer_identity_SERIALS.has(type))
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        const width = type === 'bigserial' || type === 'serial8' ? 'bigint' : type === 'smallserial' || type === 'serial2' ? 'smallint' : 'integer';
        ctx.report(`column ${where} is ${type}, a ${width} with a separately owned sequence; use an identity column (bigint GENERATED ALWAYS AS IDENTITY)`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-repack.ts



/** The release that brings REPACK (CONCURRENTLY); before it there is nothing better to suggest. */
const REPACK_SINCE = 19;
/* harmony default export */ const prefer_repack = (defineRule({
    id: 'prefer-repack',
    severity: 'warning',
    docs: {
        why: 'CLUSTER and VACUUM FULL rewrite the whole table, and its indexes, while holding an ACCESS EXCLUSIVE lock: no query, not even a SELECT, gets through until the copy is done, minutes to hours on a large table. From PostgreSQL 19, REPACK (CONCURRENTLY) does the same rewrite while reads and writes go on, taking the strong lock only for a moment at the end. The rule applies from postgresVersion 19 (as squawk\'s does); a table created in the same change is exempt, since nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on each table rewritten (blocks reads and writes) for the whole rewrite.',
        instead: 'Use REPACK (CONCURRENTLY) table [USING INDEX index] in a migration of its own, outside a transaction; before PostgreSQL 19, the pg_repack extension does the same from outside the database.',
        example: {
            bad: 'VACUUM FULL lead;',
            good: 'VACUUM (ANALYZE) lead;',
            config: 'postgresVersion: 19\n',
        },
    },
    visit: {
        ClusterStmt(node, ctx) {
            if (ctx.config.postgresVersion < REPACK_SINCE)
                return;
            const rel = (0,relation/* relationOf */.Ke)(node.relation);
            if (rel && ctx.isNew(rel))
                return;
            const what = rel ? (0,relation/* displayName */.QC)(rel) : 'every table clustered before';
            report(ctx, 'CLUSTER', what);
        },
        VacuumStmt(node, ctx) {
            if (ctx.config.postgresVersion < REPACK_SINCE || !node.is_vacuumcmd || !(0,transactional/* optionEnabled */.PX)(node.options, 'full'))
                return;
            const rels = (node.rels ?? [])
                // eslint-disable-next-line @typescript-eslint/no-explicit-any
                .map((r) => (0,relation/* relationOf */.Ke)(r?.VacuumRelation?.relation))
                .filter((r) => !!r);
            const existing = rels.filter((r) => !ctx.isNew(r));
            if (rels.length > 0 && existing.length === 0)
                return;
            const what = rels.length ? existing.map(relation/* displayName */.QC).join(', ') : 'every table of the database';
            report(ctx, 'VACUUM FULL', what);
        },
    },
}));
function report(ctx, statement, tables) {
    ctx.report(`${statement} rewrites ${tables} under an ACCESS EXCLUSIVE lock, blocking reads and writes until done; PostgreSQL ${ctx.config.postgresVersion} has REPACK (CONCURRENTLY), which does not`);
}

;// CONCATENATED MODULE: ./src/rules/prefer-robust-stmts.ts




/** Table-level renames: ALTER TABLE … RENAME [COLUMN | CONSTRAINT] (not views, indexes, sequences). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isTableRename(node) {
    return (node.renameType === 'OBJECT_TABLE' ||
        node.renameType === 'OBJECT_TABCONSTRAINT' ||
        (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE'));
}
const ACTION = {
    AT_AddColumn: 'ADD COLUMN',
    AT_DropColumn: 'DROP COLUMN',
    AT_DropConstraint: 'DROP CONSTRAINT',
    AT_AddConstraint: 'ADD CONSTRAINT',
    AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
};
/* harmony default export */ const prefer_robust_stmts = (defineRule({
    id: 'prefer-robust-stmts',
    severity: 'warning',
    docs: {
        why: 'A migration that runs outside a transaction and fails half way leaves its first statements applied. Fixed and run again, it then fails on the first statement that cannot run twice (CREATE TABLE: "already exists"), and someone has to repair the database by hand, under pressure. IF [NOT] EXISTS makes CREATE TABLE, CREATE INDEX, DROP TABLE, DROP INDEX, DROP TYPE, ADD COLUMN, DROP COLUMN and DROP CONSTRAINT safe to repeat; other ALTER TABLE actions have no such form and are only safe inside a transaction (then nothing is left behind to repeat). ' +
            'Statements inside BEGIN … COMMIT, or in every file when config assumeInTransaction is true, are not reported, except CREATE INDEX CONCURRENTLY, which always runs on its own. ADD CONSTRAINT (and VALIDATE) of a name the file dropped before with DROP CONSTRAINT is repeatable. New tables are not exempt: repeating a half-applied file fails on them just the same. ' +
            'DETACH PARTITION … CONCURRENTLY is not reported: it can never run in a transaction and has no IF EXISTS form.',
        instead: 'Wrap the file in BEGIN … COMMIT (or let the runner do it, with assumeInTransaction: true), or write each statement so it can run twice: CREATE … IF NOT EXISTS, DROP … IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT, and give a concurrent index a name and IF NOT EXISTS.',
        example: {
            bad: 'CREATE TABLE lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN score bigint;',
            good: 'CREATE TABLE IF NOT EXISTS lead_tag (lead_id bigint NOT NULL, tag text NOT NULL);\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const s = state(ctx);
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    s.inTransaction = true;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK':
                case 'TRANS_STMT_PREPARE':
                    // this ends the runner's transaction too: what follows runs on its own
                    s.inTransaction = !!node.chain;
                    break;
            }
        },
        AlterTableStmt(node, ctx) {
            const s = state(ctx);
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            const name = table ? (0,relation/* displayName */.QC)(table) : 'the table';
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                const fix = alterTableFix(cmd, s);
                if (!fix || s.inTransaction)
                    continue;
                const target = cmd.name ?? cmd.def?.ColumnDef?.colname ?? cmd.def?.Constraint?.conname;
                const action = ACTION[cmd.subtype];
                const what = action
                    ? `${action}${target ? ` ${target}` : ''} on ${name}`
                    : `ALTER TABLE ${name}${target ? ` (${target})` : ''}`;
                prefer_robust_stmts_report(ctx, fix, what, ctx.actionLocation(index));
            }
        },
        RenameStmt(node, ctx) {
            if (!isTableRename(node) || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'transaction', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), ctx.actionLocation(0));
        },
        AlterObjectSchemaStmt(node, ctx) {
            if (node.objectType !== 'OBJECT_TABLE' || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'transaction', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt), ctx.actionLocation(0));
        },
        IndexStmt(node, ctx) {
            // IF NOT EXISTS needs a name; a concurrent build runs outside any transaction
            if (!node.idxname || node.if_not_exists || (!node.concurrent && state(ctx).inTransaction))
                return;
            prefer_robust_stmts_report(ctx, 'IF NOT EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
        CreateStmt(node, ctx) {
            if (node.if_not_exists || state(ctx).inTransaction)
                return;
            // a temporary table dropped at commit is gone whatever happens
            if (node.relation?.relpersistence === 't' && node.oncommit === 'ONCOMMIT_DROP')
                return;
            prefer_robust_stmts_report(ctx, 'IF NOT EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
        DropStmt(node, ctx) {
            if (!['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_TYPE'].includes(node.removeType) || node.missing_ok || state(ctx).inTransaction)
                return;
            prefer_robust_stmts_report(ctx, 'IF EXISTS', (0,sql_locks/* statementLabel */.OQ)(ctx.stmt));
        },
    },
}));
function state(ctx) {
    const s = ctx.state;
    s.inTransaction ??= ctx.config.assumeInTransaction;
    return s;
}
/** What would make one ALTER TABLE action repeatable, or undefined when it already is. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function alterTableFix(cmd, s) {
    const constraints = (s.constraints ??= new Map());
    switch (cmd.subtype) {
        case 'AT_DropConstraint':
            // remembered even inside a transaction: a later ADD of the name is then repeatable
            if (cmd.name)
                constraints.set(cmd.name, 'dropped');
            return cmd.missing_ok ? undefined : 'IF EXISTS';
        case 'AT_DropColumn':
            return cmd.missing_ok ? undefined : 'IF EXISTS';
        case 'AT_AddColumn':
            return cmd.missing_ok ? undefined : 'IF NOT EXISTS';
        case 'AT_AddConstraint': {
            const name = cmd.def?.Constraint?.conname;
            if (name && constraints.get(name) === 'dropped') {
                constraints.set(name, 'added');
                return undefined;
            }
            return 'transaction';
        }
        case 'AT_ValidateConstraint':
            return cmd.name && constraints.has(cmd.name) ? undefined : 'transaction';
        case 'AT_DetachPartition':
            // CONCURRENTLY cannot run in a transaction, so "use one" would be impossible advice
            return cmd.def?.PartitionCmd?.concurrent ? undefined : 'transaction';
        default:
            return 'transaction';
    }
}
function prefer_robust_stmts_report(ctx, fix, what, location) {
    const again = 'if the migration fails after it, running the migration again fails here';
    if (fix === 'transaction') {
        ctx.report(`${what} runs outside a transaction and cannot be written to run twice: ${again}; put the file in BEGIN … COMMIT`, {
            location,
            help: 'Wrap the migration in BEGIN … COMMIT (or set assumeInTransaction: true when the runner does), so a failure leaves nothing half applied.',
        });
    }
    else {
        ctx.report(`${what} has no ${fix}: ${again}; add ${fix} or run the file in a transaction`, {
            location,
            help: `Write ${fix} so the statement can run again after a partial failure, or wrap the migration in BEGIN … COMMIT.`,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-text-field.ts



/* harmony default export */ const prefer_text_field = (defineRule({
    id: 'prefer-text-field',
    severity: 'warning',
    docs: {
        why: 'varchar(n) stores exactly what text stores and is no faster; the limit is its only difference. When the limit turns out too small, raising it is cheap, but lowering it or changing it on a column an index or view depends on rewrites or rechecks the table under an ACCESS EXCLUSIVE lock, blocking reads and writes. A CHECK constraint on a text column says the same and can be replaced without a rewrite (add the new one NOT VALID, validate it, drop the old one). varchar without a length is text and is not reported.',
        lock: 'Changing a varchar length: ACCESS EXCLUSIVE on the table, for a full rewrite or scan when the new length is not simply larger.',
        instead: 'Use text, with CHECK (char_length(col) <= n) where the length matters.',
        example: {
            bad: 'CREATE TABLE lead (email varchar(255) NOT NULL);',
            good: 'CREATE TABLE lead (email text NOT NULL CONSTRAINT lead_email_length CHECK (char_length(email) <= 255));',
        },
    },
    visit: {
        CreateStmt: prefer_text_field_check,
        AlterTableStmt: prefer_text_field_check,
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function prefer_text_field_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (builtinTypeName(d.typeName) !== 'varchar' || !d.typeName.typmods?.length)
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)}; changing the limit later can lock and rewrite the table: use text with a CHECK on its length`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/prefer-timestamp-tz.ts



/* harmony default export */ const prefer_timestamp_tz = (defineRule({
    id: 'prefer-timestamp-tz',
    severity: 'warning',
    docs: {
        why: 'timestamp (without time zone) stores a wall-clock reading and throws the UTC offset away: 2019-10-11 21:11:24+02 and 2019-10-11 21:11:24-06, eight hours apart, are stored as the same value, and what a value means depends on the TimeZone of whichever session wrote it. timestamptz stores an instant (as UTC) in the same eight bytes and converts to each session\'s time zone on output. Converting a column later rewrites the table under an ACCESS EXCLUSIVE lock and has to guess the zone of every stored value.',
        instead: 'Use timestamptz (timestamp with time zone).',
        example: {
            bad: 'CREATE TABLE lead (created_at timestamp NOT NULL DEFAULT now());',
            good: 'CREATE TABLE lead (created_at timestamptz NOT NULL DEFAULT now());',
        },
    },
    visit: {
        CreateStmt: prefer_timestamp_tz_check,
        AlterTableStmt: prefer_timestamp_tz_check,
    },
}));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function prefer_timestamp_tz_check(node, ctx) {
    for (const d of declaredColumnTypes(ctx.stmt.kind, node)) {
        if (builtinTypeName(d.typeName) !== 'timestamp')
            continue;
        const where = d.table ? `${(0,relation/* displayName */.QC)(d.table)}.${d.column}` : d.column;
        ctx.report(`column ${where} is ${typeLabel(d.typeName)} without time zone, which drops the UTC offset of every value; use timestamptz`, {
            location: d.typeName.location,
        });
    }
}

;// CONCATENATED MODULE: ./src/rules/renaming-column.ts



/* harmony default export */ const renaming_column = (defineRule({
    id: 'renaming-column',
    severity: 'warning',
    docs: {
        why: 'Renaming a column breaks, the moment it commits, every query that uses the old name: the application version still running (during a rolling deploy, and until every instance restarted), other services, reports, views written as text elsewhere. There is no moment at which old and new code both work. A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
        instead: 'Expand and contract: add the new column, write to both (a trigger, or the application), backfill, move readers to the new name, and drop the old column in a later release. Or keep the old name.',
        example: {
            bad: 'ALTER TABLE lead RENAME COLUMN mail TO email;',
            good: '-- release 1: add the new column and keep both in step\nALTER TABLE lead ADD COLUMN email text;\n-- release 2, once nothing reads mail: ALTER TABLE lead DROP COLUMN mail;',
        },
    },
    visit: {
        RenameStmt(node, ctx) {
            if (node.renameType !== 'OBJECT_COLUMN' || node.relationType !== 'OBJECT_TABLE')
                return;
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || ctx.isNew(table))
                return;
            ctx.report(`renaming column ${node.subname} of ${(0,relation/* displayName */.QC)(table)} to ${node.newname} breaks every query and client still using ${node.subname}, including the application version running during the deploy`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/renaming-table.ts



/* harmony default export */ const renaming_table = (defineRule({
    id: 'renaming-table',
    severity: 'warning',
    docs: {
        why: 'Renaming a table breaks, the moment it commits, every query, function and client that uses the old name: the application version still running during a rolling deploy, other services, reports, replication and ETL jobs. (Views and foreign keys follow the rename; SQL written as text does not.) A table created in the same change is exempt: nothing uses it yet.',
        lock: 'ACCESS EXCLUSIVE on the table, briefly (a catalog change).',
        instead: 'Keep the old name working while clients move: rename the table and create a view with the old name (a simple view is updatable), then drop the view in a later release once nothing uses it. Or keep the name.',
        example: {
            bad: 'ALTER TABLE customer RENAME TO account;',
            good: 'BEGIN;\n-- a view under the old name keeps deployed clients working; drop it once none uses it\n-- pgmig-ignore renaming-table\nALTER TABLE customer RENAME TO account;\nCREATE VIEW customer AS SELECT * FROM account;\nCOMMIT;',
        },
    },
    visit: {
        RenameStmt(node, ctx) {
            if (node.renameType !== 'OBJECT_TABLE')
                return;
            const table = (0,relation/* relationOf */.Ke)(node.relation);
            if (!table || ctx.isNew(table))
                return;
            ctx.report(`renaming table ${(0,relation/* displayName */.QC)(table)} to ${node.newname} breaks every query and client still using ${(0,relation/* displayName */.QC)(table)}, including the application version running during the deploy`, { location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['RENAME'])[0] });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-concurrent-partition-detach.ts



/** DETACH PARTITION … CONCURRENTLY arrived in PostgreSQL 14. */
const CONCURRENT_DETACH_SINCE = 14;
/* harmony default export */ const require_concurrent_partition_detach = (defineRule({
    id: 'require-concurrent-partition-detach',
    severity: 'warning',
    docs: {
        why: 'DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table: every query on every partition, reads included, waits for it, and it first waits behind every running query on the table. CONCURRENTLY (PostgreSQL 14+) takes only SHARE UPDATE EXCLUSIVE, which lets reads and writes go on, and waits for running queries instead of blocking new ones. ' +
            'Below postgresVersion 14 there is no concurrent form and the rule stays silent; a partitioned table and partition both created in the same change are exempt, since nothing uses them yet.',
        lock: 'ACCESS EXCLUSIVE on the partitioned table and the partition (blocks reads and writes).',
        instead: 'Use ALTER TABLE … DETACH PARTITION … CONCURRENTLY in a migration file of its own, outside a transaction (it cannot run in one). If it is interrupted, finish it with DETACH PARTITION … FINALIZE.',
        example: {
            bad: 'ALTER TABLE event DETACH PARTITION event_2023;',
            good: 'ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;',
        },
    },
    visit: {
        AlterTableStmt(node, ctx) {
            if (ctx.config.postgresVersion < CONCURRENT_DETACH_SINCE)
                return;
            const parent = (0,relation/* relationOf */.Ke)(node.relation);
            for (const { cmd, index } of (0,ddl/* tableCmds */.ir)(node)) {
                if (cmd.subtype !== 'AT_DetachPartition' || cmd.def?.PartitionCmd?.concurrent)
                    continue;
                const partition = (0,relation/* relationOf */.Ke)(cmd.def?.PartitionCmd?.name);
                if (parent && ctx.isNew(parent) && (!partition || ctx.isNew(partition)))
                    continue;
                const p = parent ? (0,relation/* displayName */.QC)(parent) : 'the partitioned table';
                const what = partition ? `DETACH PARTITION ${(0,relation/* displayName */.QC)(partition)}` : 'DETACH PARTITION';
                ctx.report(`${what} without CONCURRENTLY locks ${p} against reads and writes (ACCESS EXCLUSIVE); use DETACH PARTITION … CONCURRENTLY`, {
                    location: ctx.actionLocation(index),
                });
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-enum-value-ordering.ts


/* harmony default export */ const require_enum_value_ordering = (defineRule({
    id: 'require-enum-value-ordering',
    severity: 'warning',
    docs: {
        why: 'An enum sorts by the order its values were declared in, not alphabetically: ORDER BY, <, >, min() and max() and indexes on the column all follow it. ALTER TYPE … ADD VALUE without BEFORE or AFTER puts the new value last, which is often not where it belongs (a status added between "open" and "closed" sorts after "closed"), and the order cannot be changed later without recreating the type and rewriting every column that uses it. An enum created in the same change is checked too: the order is the point, not a lock.',
        instead: "Say where the value goes: ALTER TYPE … ADD VALUE 'new' BEFORE 'existing' (or AFTER 'existing'); when last is right, say AFTER the current last value.",
        example: {
            bad: "ALTER TYPE lead_status ADD VALUE 'qualified';",
            good: "ALTER TYPE lead_status ADD VALUE IF NOT EXISTS 'qualified' AFTER 'contacted';",
        },
    },
    visit: {
        AlterEnumStmt(node, ctx) {
            // RENAME VALUE has oldVal; ADD VALUE … BEFORE/AFTER has newValNeighbor
            if (node.oldVal !== undefined || node.newVal === undefined || node.newValNeighbor !== undefined)
                return;
            const type = (node.typeName ?? []).map((n) => n.String?.sval).filter(Boolean).join('.');
            ctx.report(`ADD VALUE '${node.newVal}' to enum ${type} without BEFORE or AFTER puts it last in the sort order; say where it belongs`, {
                location: (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, ['ADD', 'VALUE'])[0],
            });
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-table-schema.ts


/* harmony default export */ const require_table_schema = (defineRule({
    id: 'require-table-schema',
    severity: 'warning',
    optIn: true,
    docs: {
        why: 'An unqualified table name goes to (or is looked up in) the first schema of the search_path of whoever runs the migration. With a different search_path, set by a role, a database default or a connection string, the table is created in the wrong schema or the ALTER/DROP touches a different table of the same name. Qualified names mean the same thing everywhere. Checked: CREATE TABLE (and CREATE TABLE … AS), ALTER TABLE and DROP TABLE; temporary tables live in their own schema and are not checked; new tables are. Off by default (as in squawk): turn it on where migrations must not depend on search_path.',
        instead: 'Write the schema: CREATE TABLE public.lead …, ALTER TABLE public.lead …, DROP TABLE public.lead.',
        example: {
            bad: 'CREATE TABLE lead (id bigint PRIMARY KEY);',
            good: 'CREATE TABLE public.lead (id bigint PRIMARY KEY);',
            config: 'rules: { require-table-schema: warning }\n',
        },
    },
    visit: {
        CreateStmt(node, ctx) {
            if (node.relation?.relpersistence !== 't')
                require_table_schema_check(ctx, node.relation, 'CREATE TABLE');
        },
        CreateTableAsStmt(node, ctx) {
            if (node.objtype === 'OBJECT_TABLE' && node.into?.rel?.relpersistence !== 't')
                require_table_schema_check(ctx, node.into?.rel, 'CREATE TABLE');
        },
        AlterTableStmt(node, ctx) {
            if (node.objtype === 'OBJECT_TABLE')
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        RenameStmt(node, ctx) {
            const onTable = node.renameType === 'OBJECT_TABLE' ||
                node.renameType === 'OBJECT_TABCONSTRAINT' ||
                (node.renameType === 'OBJECT_COLUMN' && node.relationType === 'OBJECT_TABLE');
            if (onTable)
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        AlterObjectSchemaStmt(node, ctx) {
            if (node.objectType === 'OBJECT_TABLE')
                require_table_schema_check(ctx, node.relation, 'ALTER TABLE');
        },
        DropStmt(node, ctx) {
            if (node.removeType !== 'OBJECT_TABLE')
                return;
            for (const o of node.objects ?? []) {
                const names = (o?.List?.items ?? []).map((i) => i.String?.sval ?? '');
                if (names.length !== 1)
                    continue;
                // the parser keeps no position for a dropped name: find it among the tokens
                const location = (0,ddl/* keywordLocations */.ai)(ctx.stmt, ctx.file.parsed.source, [names[0]])[0];
                require_table_schema_check(ctx, { relname: names[0], location }, 'DROP TABLE');
            }
        },
    },
}));
function require_table_schema_check(ctx, rel, command) {
    if (!rel?.relname || rel.schemaname)
        return;
    ctx.report(`${command} ${rel.relname} names no schema, so it depends on the search_path of whoever runs it; write public.${rel.relname} (or the schema meant)`, {
        location: typeof rel.location === 'number' && rel.location >= 0 ? rel.location : undefined,
    });
}

;// CONCATENATED MODULE: ./src/rules/transaction-nesting.ts

const RUNNER_HELP = 'With assumeInTransaction: true the runner wraps each file in a transaction: remove BEGIN/COMMIT/ROLLBACK from the file, or set assumeInTransaction: false if this runner does not wrap files.';
/* harmony default export */ const transaction_nesting = (defineRule({
    id: 'transaction-nesting',
    severity: 'warning',
    docs: {
        why: 'PostgreSQL has no nested transactions. A BEGIN inside a transaction only draws a warning and changes nothing, so the COMMIT meant for the inner one commits everything, and the statements after it run without the transaction the author counted on (a failure then leaves them half applied). A COMMIT or ROLLBACK with no transaction open is likewise a no-op warning that hides a mistake. When the runner wraps each file in a transaction (config assumeInTransaction: true), any BEGIN, COMMIT or ROLLBACK in the file interferes with the runner\'s own. SAVEPOINT and ROLLBACK TO SAVEPOINT are the way to undo part of a transaction and are not reported.',
        instead: 'Open one transaction per file with BEGIN … COMMIT, or none when the runner opens it (assumeInTransaction: true); put statements that need a transaction of their own in separate migration files.',
        example: {
            bad: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nBEGIN;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;\nCOMMIT;',
            good: 'BEGIN;\nALTER TABLE lead ADD COLUMN score bigint;\nALTER TABLE lead ADD COLUMN rank bigint;\nCOMMIT;',
        },
    },
    visit: {
        TransactionStmt(node, ctx) {
            const state = ctx.state;
            const line = ctx.file.parsed.source.position(ctx.stmt.start).line;
            const runner = ctx.config.assumeInTransaction;
            switch (node.kind) {
                case 'TRANS_STMT_BEGIN':
                case 'TRANS_STMT_START':
                    if (runner) {
                        ctx.report('BEGIN inside the transaction the runner opens for each file (assumeInTransaction: true) is ignored; its COMMIT would end the runner\'s transaction', { help: RUNNER_HELP });
                    }
                    else if (ctx.session.explicitTransaction) {
                        ctx.report(`BEGIN inside the transaction opened${state.beginLine ? ` at line ${state.beginLine}` : ''} is ignored (PostgreSQL has no nested transactions); the next COMMIT ends both`);
                    }
                    else
                        state.beginLine = line;
                    break;
                case 'TRANS_STMT_COMMIT':
                case 'TRANS_STMT_ROLLBACK': {
                    const word = node.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK';
                    if (runner) {
                        ctx.report(`${word} ends the transaction the runner opens for each file (assumeInTransaction: true); what follows runs outside it`, { help: RUNNER_HELP });
                    }
                    else if (!ctx.session.explicitTransaction) {
                        ctx.report(`${word} with no transaction open does nothing; add the BEGIN it belongs to earlier, or remove it`, {
                            help: 'BEGIN a transaction earlier in the migration, or remove this statement.',
                        });
                    }
                    else if (node.chain)
                        state.beginLine = line;
                    break;
                }
            }
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/require-timeout-settings.ts

/**
 * squawk's older, combined name for the two timeout rules. squawk 2.x still accepts it in
 * --include/--exclude and squawk-ignore comments, where it stands for both, and reports nothing
 * under it; pgmig does the same, so configs and ignore comments written for squawk keep working.
 */
/* harmony default export */ const require_timeout_settings = (defineRule({
    id: 'require-timeout-settings',
    severity: 'warning',
    optIn: true,
    aliasOf: ['require-lock-timeout', 'require-statement-timeout'],
    docs: {
        why: 'This id reports nothing itself: it is squawk\'s former name for the pair require-lock-timeout and require-statement-timeout, kept so that squawk configs and ignore comments keep working. `rules: { require-timeout-settings: off }` turns both off (and `warning` or `error` sets both), unless the config names either rule itself; `-- pgmig-ignore require-timeout-settings` (or squawk-ignore) silences both. Without a lock_timeout a migration waiting for its lock queues every query on the table behind it; without a statement_timeout a slow statement keeps the table locked with no bound.',
        instead: "Set both before the first statement that locks an existing table: SET lock_timeout = '2s'; SET statement_timeout = '30s'; and configure require-lock-timeout and require-statement-timeout by their own ids.",
        example: {
            bad: 'ALTER TABLE lead ADD COLUMN score bigint;',
            good: "SET lock_timeout = '2s';\nSET statement_timeout = '30s';\nALTER TABLE lead ADD COLUMN score bigint;",
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts























































/** Every rule pgmig knows. Adding a rule: its file in this folder, and one line here. */
const RULES = [
    syntax_error,
    unused_ignore,
    require_concurrent_index_creation,
    require_concurrent_index_deletion,
    require_concurrent_reindex,
    require_concurrent_refresh,
    ban_concurrent_index_creation_in_transaction,
    mixed_non_transactional_statements,
    require_lock_timeout,
    require_statement_timeout,
    lock_timeout_too_long,
    require_rls,
    require_rls_policy,
    ban_disable_rls,
    rls_setting_missing_ok,
    rls_permissive_policy,
    security_definer_search_path,
    migration_filename,
    duplicate_version,
    version_out_of_order,
    version_range,
    modified_applied_migration,
    adding_field_with_default,
    adding_foreign_key_constraint,
    adding_not_nullable_field,
    adding_serial_primary_key_field,
    adding_required_field,
    ban_alter_domain_with_add_constraint,
    ban_char_field,
    ban_create_domain_with_constraint,
    ban_drop_column,
    ban_drop_database,
    ban_drop_not_null,
    ban_drop_table,
    ban_duplicate_column_assignments,
    ban_truncate_cascade,
    ban_uncommitted_transaction,
    changing_column_type,
    constraint_missing_not_valid,
    disallowed_unique_constraint,
    identifier_too_long,
    prefer_bigint_over_int,
    prefer_bigint_over_smallint,
    prefer_identity,
    prefer_repack,
    prefer_robust_stmts,
    prefer_text_field,
    prefer_timestamp_tz,
    renaming_column,
    renaming_table,
    require_concurrent_partition_detach,
    require_enum_value_ordering,
    require_table_schema,
    transaction_nesting,
    require_timeout_settings,
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
function findRule(id) {
    return RULES.find((r) => r.id === id);
}


/***/ }),

/***/ 7540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSerialType),
/* harmony export */   XF: () => (/* binding */ alterTableActionLocations),
/* harmony export */   ZX: () => (/* binding */ typeBaseName),
/* harmony export */   ai: () => (/* binding */ keywordLocations),
/* harmony export */   ir: () => (/* binding */ tableCmds),
/* harmony export */   m6: () => (/* binding */ identifierTokens),
/* harmony export */   zD: () => (/* binding */ columnConstraints)
/* harmony export */ });
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The actions of an ALTER TABLE on a table. `ALTER TYPE … ADD ATTRIBUTE`, `ALTER FOREIGN TABLE`,
 * `ALTER VIEW` and `ALTER INDEX` share the node type but touch no table rows, so they give none.
 */
function tableCmds(node) {
    if (node?.objtype !== 'OBJECT_TABLE')
        return [];
    const out = [];
    (node.cmds ?? []).forEach((c, index) => {
        if (c?.AlterTableCmd)
            out.push({ cmd: c.AlterTableCmd, index });
    });
    return out;
}
/** The constraints (`Constraint` inner objects) written on a column definition. */
function columnConstraints(columnDef) {
    return (columnDef?.constraints ?? []).map((c) => c?.Constraint).filter(Boolean);
}
const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** `serial` and friends: not types but shorthand for an integer with a sequence default. */
function isSerialType(typeName) {
    const names = typeName?.names ?? [];
    return names.length === 1 && SERIAL_TYPES.has(names[0]?.String?.sval) && !typeName.arrayBounds;
}
/** The last part of a type's name (`bpchar` for `pg_catalog.bpchar`), lower-cased. */
function typeBaseName(typeName) {
    const names = typeName?.names ?? [];
    const last = names[names.length - 1]?.String?.sval;
    return typeof last === 'string' ? last.toLowerCase() : undefined;
}
/** The statement's tokens without comments, offsets in bytes from the statement's first token. */
function tokensOf(stmt) {
    try {
        return (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.scanSync)(stmt.text).tokens.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
    }
    catch {
        return undefined;
    }
}
/** Byte offset of the statement's first token, relative to the base its node locations use. */
function statementOffset(stmt, source) {
    // not the byte length of the text before it: that is the whole file before the statement, every time
    return source.byteOfIndex(stmt.start) - source.byteOfIndex(source.indexOfByte(stmt.byteBase));
}
/**
 * Where each action of an ALTER TABLE begins (`ADD COLUMN …`, `DROP …`), as a node-style
 * location, by position. The parser records no location for the actions themselves, so a
 * finding about the second action of a statement spread over lines would otherwise point at
 * the first line. Actions are split at the commas outside parentheses after the table's name.
 * Undefined where the statement cannot be read that way.
 */
function alterTableActionLocations(stmt, source) {
    const rel = stmt.node?.relation;
    if (typeof rel?.location !== 'number' || rel.location < 0)
        return undefined;
    const tokens = tokensOf(stmt);
    if (!tokens)
        return undefined;
    const base = statementOffset(stmt, source);
    const relStart = rel.location - base;
    let i = tokens.findIndex((t) => t.start >= relStart);
    if (i < 0)
        return undefined;
    // the name: part(.part)* and an optional `*` (inheritance)
    i++;
    while (tokens[i]?.text === '.' && tokens[i + 1])
        i += 2;
    if (tokens[i]?.text === '*')
        i++;
    const out = [];
    if (tokens[i])
        out.push(base + tokens[i].start);
    let depth = 0;
    for (; i < tokens.length; i++) {
        const t = tokens[i].text;
        if (t === '(' || t === '[')
            depth++;
        else if (t === ')' || t === ']')
            depth--;
        else if (t === ',' && depth === 0 && tokens[i + 1])
            out.push(base + tokens[i + 1].start);
    }
    return out;
}
/**
 * Node-style locations of each place the statement has the given keywords in a row
 * (case-insensitive, comments skipped): `['CASCADE']`, `['VALIDATE', 'CONSTRAINT']`.
 */
function keywordLocations(stmt, source, words) {
    const tokens = tokensOf(stmt);
    if (!tokens || words.length === 0)
        return [];
    const want = words.map((w) => w.toUpperCase());
    const base = statementOffset(stmt, source);
    const out = [];
    for (let i = 0; i + want.length <= tokens.length; i++) {
        if (want.every((w, k) => tokens[i + k].text.toUpperCase() === w))
            out.push(base + tokens[i].start);
    }
    return out;
}
/** The scanner's token type for an identifier, plain or double-quoted. */
const IDENT_TOKEN = 'IDENT';
/** A `U&"…"` identifier with its escapes (`\0061`, `\+01F600`, `\\`) decoded; a UESCAPE clause is not read. */
function unicodeIdentifier(text) {
    return text
        .slice(3, -1)
        .replace(/""/g, '"')
        .replace(/\\(?:([0-9A-Fa-f]{4})|\+([0-9A-Fa-f]{6})|(\\))/g, (_m, four, six, slash) => slash ? '\\' : String.fromCodePoint(parseInt(four ?? six, 16)));
}
/**
 * Every identifier written in the statement (names of tables, columns, indexes, roles, aliases,
 * settings …) as the server stores it, with node-style locations. Keywords, strings, function
 * bodies and comments are not identifiers.
 */
function identifierTokens(stmt, source) {
    const tokens = tokensOf(stmt);
    if (!tokens)
        return [];
    const base = statementOffset(stmt, source);
    const out = [];
    for (const t of tokens) {
        let name;
        if (/^[Uu]&"/.test(t.text))
            name = unicodeIdentifier(t.text);
        else if (t.tokenName !== IDENT_TOKEN)
            continue;
        else if (t.text.startsWith('"'))
            name = t.text.slice(1, -1).replace(/""/g, '"');
        // as the server stores it: unquoted names are folded to lower case (ASCII letters only, in UTF-8)
        else
            name = t.text.replace(/[A-Z]+/g, (c) => c.toLowerCase());
        out.push({ name, location: base + t.start });
    }
    return out;
}


/***/ }),

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ FunctionCatalog),
/* harmony export */   r_: () => (/* binding */ functionSecurity),
/* harmony export */   x3: () => (/* binding */ securityDefinerOption)
/* harmony export */ });
/* unused harmony export functionKey */
/**
 * Applies CREATE/ALTER FUNCTION options (`DefElem`s) to `prior`, as PostgreSQL does:
 * `SECURITY DEFINER|INVOKER` sets the flag; `SET search_path = …` and `SET … FROM CURRENT` pin
 * the path; `SET search_path TO DEFAULT`, `RESET search_path` and `RESET ALL` remove it.
 */
function functionSecurity(options, prior) {
    const out = { ...prior };
    for (const o of options ?? []) {
        const d = o?.DefElem;
        if (!d)
            continue;
        if (d.defname === 'security')
            out.securityDefiner = d.arg?.Boolean?.boolval === true;
        else if (d.defname === 'set') {
            const v = d.arg?.VariableSetStmt;
            if (!v)
                continue;
            if (v.kind === 'VAR_RESET_ALL')
                out.searchPath = false;
            else if (v.name === 'search_path')
                out.searchPath = v.kind === 'VAR_SET_VALUE' || v.kind === 'VAR_SET_CURRENT';
        }
    }
    return out;
}
/** The `DefElem` among the options that made the function SECURITY DEFINER, if one did. */
function securityDefinerOption(options) {
    let found;
    for (const o of options ?? []) {
        const d = o?.DefElem;
        if (d?.defname === 'security')
            found = d.arg?.Boolean?.boolval === true ? d : undefined;
    }
    return found;
}
/** `public.f(int4,text)`: a function's identity as far as pgmig can tell from the SQL. */
function functionKey(names, argTypes) {
    const parts = (names ?? []).map((n) => n?.String?.sval).filter((s) => typeof s === 'string');
    if (parts.length === 0)
        return undefined;
    const name = parts[parts.length - 1];
    const schema = parts.length > 1 ? parts[parts.length - 2] : 'public';
    return `${schema}.${name}(${argTypes.map(typeKey).join(',')})`;
}
function typeKey(t) {
    const names = t?.names ?? [];
    // `int` and `integer` both parse to pg_catalog.int4; the schema is dropped so `public.money_t` matches `money_t`
    const last = names[names.length - 1]?.String?.sval ?? '?';
    return t?.arrayBounds ? `${last}[]` : last;
}
/** Input arguments only: OUT and TABLE columns are not part of a function's identity. */
function createArgTypes(parameters) {
    return (parameters ?? [])
        .map((p) => p?.FunctionParameter)
        .filter((p) => p && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
        .map((p) => p.argType);
}
/**
 * Functions and procedures the migrations create, with their security settings, so that a
 * later `ALTER FUNCTION … SECURITY DEFINER` can be judged with what the function already has.
 */
class FunctionCatalog {
    byKey = new Map();
    /** An `ObjectWithArgs` (ALTER/DROP FUNCTION f(int)): its entry, or undefined when pgmig never saw it. */
    lookup(owa) {
        const key = this.resolve(owa);
        return key ? this.byKey.get(key) : undefined;
    }
    resolve(owa) {
        if (!owa)
            return undefined;
        if (!owa.args_unspecified)
            return functionKey(owa.objname, (owa.objargs ?? []).map((a) => a?.TypeName));
        // `ALTER FUNCTION f` without arguments names the only function called f
        const prefix = functionKey(owa.objname, [])?.slice(0, -1);
        if (!prefix)
            return undefined;
        const matches = [...this.byKey.keys()].filter((k) => k.startsWith(prefix));
        return matches.length === 1 ? matches[0] : undefined;
    }
    apply(stmt) {
        const n = stmt.node;
        switch (stmt.kind) {
            case 'CreateFunctionStmt': {
                const key = functionKey(n.funcname, createArgTypes(n.parameters));
                // CREATE OR REPLACE sets every option anew: settings not repeated are gone
                if (key)
                    this.byKey.set(key, functionSecurity(n.options, { securityDefiner: false, searchPath: false }));
                break;
            }
            case 'AlterFunctionStmt': {
                const key = this.resolve(n.func);
                const prior = key && this.byKey.get(key);
                if (key && prior)
                    this.byKey.set(key, functionSecurity(n.actions, prior));
                break;
            }
            case 'DropStmt':
                if (['OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_ROUTINE'].includes(n.removeType)) {
                    for (const o of n.objects ?? []) {
                        const key = this.resolve(o?.ObjectWithArgs);
                        if (key)
                            this.byKey.delete(key);
                    }
                }
                break;
            case 'RenameStmt':
                if (['OBJECT_FUNCTION', 'OBJECT_PROCEDURE', 'OBJECT_ROUTINE'].includes(n.renameType) && n.newname) {
                    const owa = n.object?.ObjectWithArgs;
                    const key = this.resolve(owa);
                    const info = key && this.byKey.get(key);
                    if (key && info) {
                        this.byKey.delete(key);
                        const renamed = functionKey([...(owa.objname ?? []).slice(0, -1), { String: { sval: n.newname } }], []);
                        if (renamed)
                            this.byKey.set(renamed.slice(0, -2) + key.slice(key.lastIndexOf('(')), info);
                    }
                }
                break;
        }
    }
}


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ strongestLocks),
/* harmony export */   OQ: () => (/* binding */ statementLabel),
/* harmony export */   PE: () => (/* binding */ blocksWrites),
/* harmony export */   aZ: () => (/* binding */ locksOf),
/* harmony export */   o5: () => (/* binding */ blocksReads),
/* harmony export */   wb: () => (/* binding */ lockRank)
/* harmony export */ });
/* unused harmony export LOCK_MODES */
/* harmony import */ var _relation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5490);

/** PostgreSQL's table-level lock modes, weakest first (the order of the docs' conflict table). */
const LOCK_MODES = [
    'ACCESS SHARE',
    'ROW SHARE',
    'ROW EXCLUSIVE',
    'SHARE UPDATE EXCLUSIVE',
    'SHARE',
    'SHARE ROW EXCLUSIVE',
    'EXCLUSIVE',
    'ACCESS EXCLUSIVE',
];
function lockRank(mode) {
    return LOCK_MODES.indexOf(mode);
}
/** SHARE and above conflict with writes (ROW EXCLUSIVE); ACCESS EXCLUSIVE also with reads. */
function blocksWrites(mode) {
    return lockRank(mode) >= lockRank('SHARE');
}
function blocksReads(mode) {
    return mode === 'ACCESS EXCLUSIVE';
}
/**
 * ALTER TABLE sub-commands that take less than ACCESS EXCLUSIVE (PostgreSQL 15/16 docs: ALTER
 * TABLE, the lock noted under each form; the same as tablecmds.c AlterTableGetLockLevel).
 * Everything not listed here takes ACCESS EXCLUSIVE, ALTER CONSTRAINT included.
 */
const ALTER_TABLE_LOCKS = {
    AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE',
    AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE',
    // ALTER COLUMN … SET/RESET (n_distinct = …)
    AT_SetOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ResetOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE',
    AT_DropCluster: 'SHARE UPDATE EXCLUSIVE',
    AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
    AT_AttachPartition: 'SHARE UPDATE EXCLUSIVE',
    AT_DetachPartitionFinalize: 'SHARE UPDATE EXCLUSIVE',
    AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrig: 'SHARE ROW EXCLUSIVE',
    AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE',
    AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE',
    AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE',
};
/**
 * Storage parameters whose change is visible to queries, so SET (…) takes ACCESS EXCLUSIVE for
 * them (reloptions.c); every other table parameter (fillfactor, autovacuum_*, …) takes SHARE
 * UPDATE EXCLUSIVE.
 */
const ACCESS_EXCLUSIVE_OPTIONS = new Set(['security_barrier', 'security_invoker', 'check_option', 'user_catalog_table']);
const strongest = (a, b) => (lockRank(a) >= lockRank(b) ? a : b);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function foreignKeyTargets(constraints) {
    const out = [];
    for (const c of constraints ?? []) {
        if (c.Constraint?.contype !== 'CONSTR_FOREIGN')
            continue;
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(c.Constraint.pktable);
        if (ref)
            out.push(ref);
    }
    return out;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function hasOption(options, name) {
    for (const o of options ?? []) {
        const d = o.DefElem;
        if (d?.defname !== name)
            continue;
        // `VACUUM (FULL false)` names the option only to turn it off
        if (!d.arg)
            return true;
        // the JSON AST leaves out zero and false values: `{Integer: {}}` is 0
        if (d.arg.Integer)
            return (d.arg.Integer.ival ?? 0) !== 0;
        if (d.arg.Boolean)
            return d.arg.Boolean.boolval === true;
        const v = String(d.arg.String?.sval ?? '').toLowerCase();
        return !['false', 'off', '0', 'no', 'n', 'f'].includes(v);
    }
    return false;
}
/**
 * The table-level locks a statement takes, by the PostgreSQL documentation ("Table-Level Lock
 * Modes" and the notes of each command), checked against pg_locks on PostgreSQL 15. This is the
 * static model the lint rules use; `pgmig test` measures the real locks and can contradict it.
 * A relation may appear more than once (the strongest mode is what matters). Without a model,
 * DROP INDEX and REINDEX INDEX name the index, since its table is unknown.
 */
function locksOf(stmt, model) {
    const n = stmt.node;
    const out = [];
    const add = (rel, mode) => {
        if (rel)
            out.push({ relation: rel, mode });
    };
    const tableOfIndex = (ref) => {
        const table = ref && model?.indexes.get((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(ref))?.table;
        return table ? keyToRef(table) : undefined;
    };
    switch (stmt.kind) {
        case 'IndexStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
            break;
        case 'AlterTableStmt': {
            let mode;
            const target = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation);
            // other tables (FK targets, partitions) are listed after the altered one
            const others = [];
            const addOther = (rel, m) => {
                if (rel)
                    others.push({ relation: rel, mode: m });
            };
            for (const c of n.cmds ?? []) {
                const cmd = c.AlterTableCmd;
                if (!cmd)
                    continue;
                let m = ALTER_TABLE_LOCKS[cmd.subtype] ?? 'ACCESS EXCLUSIVE';
                switch (cmd.subtype) {
                    case 'AT_SetRelOptions':
                    case 'AT_ResetRelOptions':
                        for (const item of cmd.def?.List?.items ?? []) {
                            if (ACCESS_EXCLUSIVE_OPTIONS.has(item.DefElem?.defname))
                                m = 'ACCESS EXCLUSIVE';
                        }
                        break;
                    case 'AT_AddConstraint':
                        // the referenced table gets the FK's triggers, hence CREATE TRIGGER's lock, on both tables
                        for (const ref of foreignKeyTargets([cmd.def])) {
                            m = 'SHARE ROW EXCLUSIVE';
                            addOther(ref, 'SHARE ROW EXCLUSIVE');
                        }
                        break;
                    case 'AT_AddColumn':
                        for (const ref of foreignKeyTargets(cmd.def?.ColumnDef?.constraints))
                            addOther(ref, 'SHARE ROW EXCLUSIVE');
                        break;
                    case 'AT_AttachPartition':
                        // the partition (table or, for ALTER INDEX, index) is locked ACCESS EXCLUSIVE
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartition':
                        // CONCURRENTLY spares the parent, but its second transaction still takes ACCESS
                        // EXCLUSIVE on the partition (docs: ALTER TABLE … DETACH PARTITION; seen in pg_locks)
                        if (cmd.def?.PartitionCmd?.concurrent)
                            m = 'SHARE UPDATE EXCLUSIVE';
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                    case 'AT_DetachPartitionFinalize':
                        addOther((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
                        break;
                }
                mode = mode ? strongest(mode, m) : m;
            }
            if (mode && target)
                out.push({ relation: target, mode });
            out.push(...others);
            break;
        }
        case 'CreateStmt': {
            // a foreign key to another table locks the referenced table; a self-reference locks only
            // the table being made, which nobody else can see yet
            const self = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(n.relation);
            const referenced = (ref) => {
                if ((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(ref) !== self)
                    add(ref, 'SHARE ROW EXCLUSIVE');
            };
            for (const el of n.tableElts ?? []) {
                foreignKeyTargets(el.ColumnDef?.constraints).forEach(referenced);
                foreignKeyTargets([el]).forEach(referenced);
            }
            // PARTITION OF locks the parent ACCESS EXCLUSIVE (which is why ATTACH PARTITION is the
            // gentle way); plain INHERITS only SHARE UPDATE EXCLUSIVE
            for (const p of n.inhRelations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(p.RangeVar), n.partbound ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'DropStmt': {
            const conc = !!n.concurrent;
            for (const o of n.objects ?? []) {
                const items = o.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(items);
                if (!ref)
                    continue;
                switch (n.removeType) {
                    case 'OBJECT_TABLE':
                    case 'OBJECT_MATVIEW':
                    case 'OBJECT_VIEW':
                    case 'OBJECT_FOREIGN_TABLE':
                        add(ref, 'ACCESS EXCLUSIVE');
                        break;
                    case 'OBJECT_INDEX':
                        add(tableOfIndex(ref) ?? ref, conc ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE');
                        break;
                    case 'OBJECT_POLICY':
                    case 'OBJECT_TRIGGER':
                    case 'OBJECT_RULE':
                        add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(items.slice(0, -1)), 'ACCESS EXCLUSIVE');
                        break;
                }
            }
            break;
        }
        case 'CreatePolicyStmt':
        case 'AlterPolicyStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.table), 'ACCESS EXCLUSIVE');
            break;
        case 'CreateTrigStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'SHARE ROW EXCLUSIVE');
            break;
        case 'RuleStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'TruncateStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), 'ACCESS EXCLUSIVE');
            break;
        case 'RenameStmt': {
            // ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE on the index; the server goes by the
            // spelling, so ALTER TABLE some_index RENAME takes ACCESS EXCLUSIVE (seen in pg_locks)
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.renameType === 'OBJECT_INDEX' ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        }
        case 'AlterObjectSchemaStmt':
            if (n.relation)
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'ReindexStmt': {
            if (!n.relation)
                break;
            const rel = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation);
            if (hasOption(n.params, 'concurrently')) {
                add(n.kind === 'REINDEX_OBJECT_INDEX' ? (tableOfIndex(rel) ?? rel) : rel, 'SHARE UPDATE EXCLUSIVE');
            }
            else if (n.kind === 'REINDEX_OBJECT_INDEX') {
                // SHARE on the table, ACCESS EXCLUSIVE on the index (which stalls every query planned on the table)
                add(tableOfIndex(rel), 'SHARE');
                add(rel, 'ACCESS EXCLUSIVE');
            }
            else {
                add(rel, 'SHARE');
                const key = rel && (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(rel);
                for (const idx of model?.indexes.values() ?? [])
                    if (key && idx.table === key)
                        add(idx.ref, 'ACCESS EXCLUSIVE');
            }
            break;
        }
        case 'RefreshMatViewStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), n.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE');
            break;
        case 'ClusterStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ACCESS EXCLUSIVE');
            break;
        case 'VacuumStmt': {
            // ANALYZE is a VacuumStmt too, and takes the plain VACUUM lock
            const full = !!n.is_vacuumcmd && hasOption(n.options, 'full');
            for (const r of n.rels ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.VacuumRelation?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
            break;
        }
        case 'LockStmt': {
            // the parser gives PostgreSQL's LOCKMODE numbers, 1 (AccessShareLock) … 8 (AccessExclusiveLock)
            const mode = LOCK_MODES[(n.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), mode);
            break;
        }
        case 'CommentStmt':
            if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_INDEX', 'OBJECT_MATVIEW', 'OBJECT_VIEW'].includes(n.objtype)) {
                const items = n.object?.List?.items;
                const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationFromNames */ .be)(n.objtype === 'OBJECT_COLUMN' ? items?.slice(0, -1) : items);
                add(ref, 'SHARE UPDATE EXCLUSIVE');
            }
            break;
        case 'CreateStatsStmt':
            for (const r of n.relations ?? [])
                add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(r.RangeVar), 'SHARE UPDATE EXCLUSIVE');
            break;
        case 'InsertStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
        case 'MergeStmt':
            add((0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(n.relation), 'ROW EXCLUSIVE');
            break;
    }
    return out;
}
/** The strongest lock the statement takes on each relation, strongest first (ties keep statement order). */
function strongestLocks(locks) {
    const best = new Map();
    for (const l of locks) {
        const key = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationKey */ .Yb)(l.relation);
        const prev = best.get(key);
        if (!prev || lockRank(l.mode) > lockRank(prev.mode))
            best.set(key, l);
    }
    return [...best.values()].sort((a, b) => lockRank(b.mode) - lockRank(a.mode));
}
function keyToRef(key) {
    const dot = key.indexOf('.');
    return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
const OBJECT_WORDS = {
    OBJECT_TABLE: 'TABLE',
    OBJECT_COLUMN: 'TABLE',
    OBJECT_TABCONSTRAINT: 'TABLE',
    OBJECT_INDEX: 'INDEX',
    OBJECT_MATVIEW: 'MATERIALIZED VIEW',
    OBJECT_VIEW: 'VIEW',
    OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
    OBJECT_SEQUENCE: 'SEQUENCE',
    OBJECT_POLICY: 'POLICY',
    OBJECT_TRIGGER: 'TRIGGER',
    OBJECT_RULE: 'RULE',
};
/**
 * A short name for a statement in messages: its command and the object it is about, as
 * `ALTER TABLE lead`, `CREATE INDEX lead_owner_idx`, `DROP INDEX lead_owner_idx`.
 */
function statementLabel(stmt) {
    const n = stmt.node;
    const rel = (rv) => {
        const ref = (0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .relationOf */ .Ke)(rv);
        return ref ? ` ${(0,_relation_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(ref)}` : '';
    };
    const word = (objtype, fallback = 'TABLE') => (objtype && OBJECT_WORDS[objtype]) || fallback;
    const named = (s) => (typeof s === 'string' && s ? ` ${s}` : '');
    switch (stmt.kind) {
        case 'AlterTableStmt':
            return `ALTER ${word(n.objtype)}${rel(n.relation)}`;
        case 'IndexStmt':
            return `CREATE ${n.unique ? 'UNIQUE ' : ''}INDEX${n.concurrent ? ' CONCURRENTLY' : ''}${named(n.idxname)}`;
        case 'DropStmt': {
            const items = n.objects?.[0]?.List?.items ?? [];
            const last = items[items.length - 1]?.String?.sval;
            return `DROP ${word(n.removeType, 'OBJECT')}${n.concurrent ? ' CONCURRENTLY' : ''}${named(last)}`;
        }
        case 'TruncateStmt':
            return `TRUNCATE${rel(n.relations?.[0]?.RangeVar)}`;
        case 'LockStmt':
            return `LOCK TABLE${rel(n.relations?.[0]?.RangeVar)}`;
        case 'RefreshMatViewStmt':
            return `REFRESH MATERIALIZED VIEW${n.concurrent ? ' CONCURRENTLY' : ''}${rel(n.relation)}`;
        case 'VacuumStmt': {
            const cmd = !n.is_vacuumcmd ? 'ANALYZE' : hasOption(n.options, 'full') ? 'VACUUM FULL' : 'VACUUM';
            return `${cmd}${rel(n.rels?.[0]?.VacuumRelation?.relation)}`;
        }
        case 'ClusterStmt':
            return `CLUSTER${rel(n.relation)}`;
        case 'CreateTrigStmt':
            return `CREATE TRIGGER${named(n.trigname)}`;
        case 'CreatePolicyStmt':
            return `CREATE POLICY${named(n.policy_name)}`;
        case 'AlterPolicyStmt':
            return `ALTER POLICY${named(n.policy_name)}`;
        case 'RuleStmt':
            return `CREATE RULE${named(n.rulename)}`;
        case 'RenameStmt':
            return `ALTER ${word(n.renameType === 'OBJECT_INDEX' ? n.renameType : (n.relationType ?? n.renameType))}${rel(n.relation)} RENAME`;
        case 'AlterObjectSchemaStmt':
            return `ALTER ${word(n.objectType)}${rel(n.relation)} SET SCHEMA`;
        case 'ReindexStmt':
            return `REINDEX ${String(n.kind ?? '').replace('REINDEX_OBJECT_', '')}${rel(n.relation)}`.trim();
        case 'CreateStmt':
            return `CREATE TABLE${rel(n.relation)}`;
        case 'CommentStmt':
            return 'COMMENT ON';
        case 'CreateStatsStmt':
            return 'CREATE STATISTICS';
        case 'InsertStmt':
            return `INSERT INTO${rel(n.relation)}`;
        case 'UpdateStmt':
            return `UPDATE${rel(n.relation)}`;
        case 'DeleteStmt':
            return `DELETE FROM${rel(n.relation)}`;
        case 'MergeStmt':
            return `MERGE INTO${rel(n.relation)}`;
        default: {
            const words = stmt.text.match(/^[A-Za-z]+(?:\s+[A-Za-z]+)?/);
            return words ? words[0].replace(/\s+/g, ' ').toUpperCase() : stmt.kind.replace(/Stmt$/, '');
        }
    }
}


/***/ }),

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  eg: () => (/* binding */ parseSql)
});

// UNUSED EXPORTS: skipTrivia

// EXTERNAL MODULE: ./src/sql/wasm-dirname.ts
var wasm_dirname = __nccwpck_require__(8771);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __nccwpck_require__(2627);
// EXTERNAL MODULE: ./src/sql/preprocess.ts
var preprocess = __nccwpck_require__(7192);
// EXTERNAL MODULE: ./src/sql/source.ts
var sql_source = __nccwpck_require__(5375);
;// CONCATENATED MODULE: ./src/sql/parse.ts





let loaded;
/** The WASM module loads once per process; every parse after that is synchronous. */
function ensureParser() {
    if (!loaded) {
        // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
        // baseline compiler alone halves a one-file lint and is no slower over a thousand files
        // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--liftoff-only');
        loaded = (0,wasm.loadModule)();
    }
    return loaded;
}
function parseSql(text) {
    const source = new sql_source/* SourceText */.D(text);
    const prepared = (0,preprocess/* preprocess */.v)(text).text;
    // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
    if (!prepared.trim())
        return { source, statements: [], trailingGapStart: 0 };
    try {
        const result = (0,wasm.parseSync)(prepared);
        const statements = toStatements(source, prepared, result.stmts ?? [], 0, 0);
        return { source, statements, trailingGapStart: trailingGap(prepared, statements) };
    }
    catch (err) {
        const error = syntaxProblem(source, err);
        const statements = recover(source, prepared, error.index);
        return { source, statements, error, trailingGapStart: trailingGap(prepared, statements) };
    }
}
function trailingGap(text, statements) {
    const last = statements[statements.length - 1];
    return last ? afterSemicolon(text, last.end) : 0;
}
function afterSemicolon(text, end) {
    let i = end;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return text[i] === ';' ? i + 1 : end;
}
function syntaxProblem(source, err) {
    const e = err;
    const message = e.sqlDetails?.message ?? e.message ?? String(err);
    const cursor = e.sqlDetails?.cursorPosition;
    const index = cursor === undefined || cursor < 0 ? 0 : source.indexOfCodePoint(cursor);
    return { index, message };
}
function toStatements(source, text, raws, byteBase, firstIndex) {
    const out = [];
    // comments before a statement belong to its gap, which begins just past the previous `;`
    let gapStart = source.indexOfByte(byteBase);
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const kind = Object.keys(raw.stmt)[0];
        const byteStart = byteBase + (raw.stmt_location ?? 0);
        const start = skipTrivia(text, Math.max(gapStart, source.indexOfByte(byteStart)));
        // stmt_len 0 means "to the end of the input"
        const end = raw.stmt_len ? source.indexOfByte(byteStart + raw.stmt_len) : trimEnd(text, text.length);
        const stmtGap = Math.min(gapStart, start);
        gapStart = afterSemicolon(text, end);
        out.push({
            index: firstIndex + out.length,
            kind,
            node: raw.stmt[kind],
            start,
            end: Math.max(start, trimEnd(text, end)),
            gapStart: stmtGap,
            byteBase,
            text: source.text.slice(start, end),
        });
    }
    return out;
}
/** Skips whitespace and comments (PostgreSQL block comments nest). */
function skipTrivia(text, from) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 0;
            while (i < text.length) {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                    if (depth === 0)
                        break;
                }
                else
                    i++;
            }
        }
        else
            return i;
    }
}
function trimEnd(text, end) {
    let i = end;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return i;
}
/**
 * After a syntax error the rest of the file still deserves linting: split at top-level
 * semicolons with the server's own scanner and parse each piece alone, dropping the piece
 * that holds the error (and any that only failed because the split cut through a body).
 */
function recover(source, text, errorIndex) {
    let tokens;
    try {
        tokens = (0,wasm.scanSync)(text).tokens;
    }
    catch {
        return [];
    }
    const out = [];
    let pieceStartByte = 0;
    const pieces = [];
    for (const t of tokens) {
        if (t.text === ';') {
            pieces.push([pieceStartByte, t.end]);
            pieceStartByte = t.end;
        }
    }
    const totalBytes = Buffer.byteLength(text, 'utf8');
    if (pieceStartByte < totalBytes)
        pieces.push([pieceStartByte, totalBytes]);
    const bytes = Buffer.from(text, 'utf8');
    for (const [from, to] of pieces) {
        const startIdx = source.indexOfByte(from);
        const endIdx = source.indexOfByte(to);
        if (errorIndex >= startIdx && errorIndex < endIdx)
            continue;
        const piece = bytes.subarray(from, to).toString('utf8');
        if (!piece.trim())
            continue;
        try {
            const result = (0,wasm.parseSync)(piece);
            out.push(...toStatements(source, text, result.stmts ?? [], from, out.length));
        }
        catch {
            // the split cut through something the scanner alone cannot see; that piece is skipped
        }
    }
    return out;
}


/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ preprocess)
/* harmony export */ });
const META_LINE = /^[ \t]*\\[A-Za-z!?;][^\n]*/gm;
const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
function preprocess(text) {
    const metaCommandLines = [];
    let out = text;
    if (out.includes('\\')) {
        // lines are counted on from the previous match: a file of many meta-commands stays linear
        let line = 1;
        let counted = 0;
        out = out.replace(META_LINE, (match, offset) => {
            line += newlines(text, counted, offset);
            counted = offset;
            metaCommandLines.push(line);
            // blanks alone would shorten the line in bytes when it holds `é`; inside a comment it can stay
            const slash = match.indexOf('\\');
            // eslint-disable-next-line no-control-regex
            return `${' '.repeat(slash)}--${match.slice(slash + 2).replace(/[\x00-\x7f]/g, ' ')}`;
        });
    }
    if (out.includes('${')) {
        // `_name__` keeps the length of `${name}` (one character more than `_name_`, which moved
        // every statement after a placeholder one character left); ASCII characters that cannot be
        // in an identifier become `_` (others can, and keep their byte width)
        out = out.replace(PLACEHOLDER, (_m, name) => `_${name.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`);
    }
    return { text: out, metaCommandLines };
}
function newlines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}


/***/ }),

/***/ 5490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ relationOf),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   Yb: () => (/* binding */ relationKey),
/* harmony export */   be: () => (/* binding */ relationFromNames)
/* harmony export */ });
function relationOf(rv) {
    if (!rv?.relname)
        return undefined;
    return { schema: rv.schemaname ?? 'public', name: rv.relname };
}
function relationKey(ref) {
    return `${ref.schema}.${ref.name}`;
}
/** `public.t` for a RangeVar-shaped node, or undefined when it names nothing. */
function keyOf(rv) {
    const ref = relationOf(rv);
    return ref && relationKey(ref);
}
/** A dotted name given as a list of String nodes (DROP, COMMENT, …). */
function relationFromNames(items) {
    const names = (items ?? []).map((i) => i.String?.sval).filter((s) => !!s);
    if (names.length === 0)
        return undefined;
    const name = names[names.length - 1];
    const schema = names.length >= 2 ? names[names.length - 2] : 'public';
    return { schema, name };
}
function displayName(ref) {
    return ref.schema === 'public' ? ref.name : `${ref.schema}.${ref.name}`;
}


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ setAssignment),
/* harmony export */   Yj: () => (/* binding */ SessionState),
/* harmony export */   ab: () => (/* binding */ setConfigCalls)
/* harmony export */ });
/* harmony import */ var _migrations_config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11);

const TRACKED = new Set(['lock_timeout', 'statement_timeout']);
const DEFAULT = Symbol('default');
const UNKNOWN = Symbol('unknown');
/**
 * What the server's session looks like before a statement of one file: inside an explicit
 * transaction or not, and the timeouts in force. A file starts from a fresh session, since a
 * migration may be run on its own. As on the server, `SET LOCAL` only counts inside a
 * transaction and ends with it, and a ROLLBACK (or ROLLBACK TO a savepoint) also undoes the
 * plain `SET`s made since.
 */
class SessionState {
    assumeInTransaction;
    /** BEGIN … COMMIT written in the file. */
    explicitTransaction = false;
    session = new Map();
    local = new Map();
    /** The state at BEGIN, then one entry per SAVEPOINT. */
    snapshots = [];
    constructor(assumeInTransaction) {
        this.assumeInTransaction = assumeInTransaction;
    }
    get inTransaction() {
        return this.explicitTransaction || this.assumeInTransaction;
    }
    /**
     * The value in milliseconds of a timeout setting in force: undefined when the file has not set
     * it (or set it back to DEFAULT / RESET it); 0 means the timeout is off. NaN when it was set to
     * something pgmig cannot evaluate (an expression in set_config): set, but to an unknown value.
     */
    timeout(name) {
        const v = this.local.has(name) ? this.local.get(name) : this.session.get(name);
        if (v === undefined || v === DEFAULT)
            return undefined;
        if (v === UNKNOWN)
            return Number.NaN;
        return v;
    }
    apply(stmt) {
        const n = stmt.node;
        switch (stmt.kind) {
            case 'TransactionStmt':
                this.transaction(n);
                break;
            case 'VariableSetStmt':
                this.set(n);
                break;
            case 'SelectStmt':
                for (const a of setConfigCalls(n))
                    this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
                break;
            case 'DiscardStmt':
                if (n.target === 'DISCARD_ALL')
                    this.resetAll();
                break;
        }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    transaction(n) {
        switch (n.kind) {
            case 'TRANS_STMT_BEGIN':
            case 'TRANS_STMT_START':
                // a BEGIN inside a transaction is only a warning on the server: nothing changes
                if (!this.explicitTransaction)
                    this.snapshots = [this.snapshot()];
                this.explicitTransaction = true;
                break;
            case 'TRANS_STMT_COMMIT':
            case 'TRANS_STMT_PREPARE':
                this.endTransaction(!!n.chain);
                break;
            case 'TRANS_STMT_ROLLBACK': {
                const begin = this.snapshots[0];
                if (begin)
                    this.session = new Map(begin.session);
                this.endTransaction(!!n.chain);
                break;
            }
            case 'TRANS_STMT_SAVEPOINT':
                if (!this.inTransaction)
                    break;
                // in a transaction the runner opened (assumeInTransaction) there was no BEGIN to remember
                if (this.snapshots.length === 0)
                    this.snapshots.push(this.snapshot());
                this.snapshots.push(this.snapshot(n.savepoint_name));
                break;
            case 'TRANS_STMT_RELEASE': {
                const i = this.findSavepoint(n.savepoint_name);
                if (i > 0)
                    this.snapshots.length = i;
                break;
            }
            case 'TRANS_STMT_ROLLBACK_TO': {
                const i = this.findSavepoint(n.savepoint_name);
                const sp = i > 0 ? this.snapshots[i] : undefined;
                if (sp) {
                    this.session = new Map(sp.session);
                    this.local = new Map(sp.local);
                    this.snapshots.length = i + 1; // the savepoint itself survives ROLLBACK TO
                }
                break;
            }
        }
    }
    /** COMMIT/ROLLBACK end the transaction and with it every SET LOCAL; AND CHAIN opens the next one at once. */
    endTransaction(chain) {
        this.local = new Map();
        this.explicitTransaction = chain && this.explicitTransaction;
        this.snapshots = this.explicitTransaction ? [this.snapshot()] : [];
    }
    snapshot(name) {
        return { name, session: new Map(this.session), local: new Map(this.local) };
    }
    findSavepoint(name) {
        for (let i = this.snapshots.length - 1; i > 0; i--)
            if (this.snapshots[i].name === name)
                return i;
        return -1;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    set(n) {
        if (n.kind === 'VAR_RESET_ALL') {
            this.resetAll();
            return;
        }
        const a = setAssignment(n);
        if (!a)
            return;
        this.assign(a.setting, a.local, a.ms === undefined ? DEFAULT : Number.isNaN(a.ms) ? UNKNOWN : a.ms);
    }
    assign(name, isLocal, value) {
        if (isLocal) {
            // SET LOCAL outside a transaction block only draws a WARNING on the server and changes nothing
            if (this.inTransaction)
                this.local.set(name, value);
            return;
        }
        // a plain SET inside a transaction also replaces any SET LOCAL value for the rest of it
        this.local.delete(name);
        if (value === DEFAULT)
            this.session.delete(name);
        else
            this.session.set(name, value);
    }
    resetAll() {
        this.session.clear();
        this.local.clear();
    }
}
/** The timeout a `SET`/`RESET` statement assigns, or undefined when it is about another setting. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setAssignment(n) {
    const name = String(n?.name ?? '').toLowerCase();
    if (!TRACKED.has(name))
        return undefined;
    const setting = name;
    const local = !!n.is_local;
    if (n.kind === 'VAR_SET_DEFAULT' || n.kind === 'VAR_RESET')
        return { setting, ms: undefined, local };
    if (n.kind !== 'VAR_SET_VALUE')
        return undefined;
    const arg = n.args?.[0];
    return { setting, local, ...readValue(arg) };
}
/** Every `set_config('lock_timeout' | 'statement_timeout', value, is_local)` in a SELECT's target list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setConfigCalls(select) {
    const out = [];
    for (const t of select?.targetList ?? []) {
        const call = t.ResTarget?.val?.FuncCall;
        if (!call)
            continue;
        const fname = (call.funcname ?? []).map((x) => x.String?.sval).join('.');
        if (fname !== 'set_config' && fname !== 'pg_catalog.set_config')
            continue;
        const [nameArg, valueArg, localArg] = call.args ?? [];
        const name = String(unwrap(nameArg)?.A_Const?.sval?.sval ?? '').toLowerCase();
        if (!TRACKED.has(name))
            continue;
        out.push({ setting: name, local: isTrue(localArg), ...readValue(valueArg) });
    }
    return out;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function unwrap(node) {
    let n = node;
    while (n?.TypeCast)
        n = n.TypeCast.arg;
    return n;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isTrue(node) {
    const c = unwrap(node)?.A_Const;
    if (!c)
        return false;
    if (c.boolval !== undefined)
        return c.boolval.boolval === true;
    if (c.sval !== undefined)
        return ['t', 'true', 'on', 'yes', 'y', '1'].includes(String(c.sval.sval ?? '').trim().toLowerCase());
    return false;
}
/**
 * A timeout value as PostgreSQL reads it: a bare number is milliseconds (the settings' unit), a
 * string may carry a unit ('2s', '1min', '500ms'). Anything else is NaN: set, but unreadable.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readValue(arg) {
    const node = unwrap(arg);
    const c = node?.A_Const;
    const location = typeof c?.location === 'number' && c.location >= 0 ? c.location : undefined;
    if (!c)
        return { ms: Number.NaN, location: nodeLocation(arg) };
    let ms;
    let text;
    if (c.ival !== undefined) {
        ms = Number(c.ival.ival ?? 0);
        text = String(ms);
    }
    else if (c.fval !== undefined) {
        ms = Number(c.fval.fval);
        text = String(c.fval.fval);
    }
    else if (c.sval !== undefined) {
        text = `'${String(c.sval.sval ?? '')}'`;
        ms = (0,_migrations_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(String(c.sval.sval ?? '').trim());
    }
    // the server rejects negative and malformed values, so they never take effect
    if (ms === undefined || !Number.isFinite(ms) || ms < 0)
        return { ms: Number.NaN, location, text };
    return { ms, location, text };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function nodeLocation(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    const inner = Object.values(node)[0];
    return typeof inner?.location === 'number' && inner.location >= 0 ? inner.location : undefined;
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
class SourceText {
    text;
    lineStarts;
    /** byte offset -> UTF-16 index; absent when the text is pure ASCII (the common case). */
    byteToIndex;
    ascii;
    /** No surrogate pairs: a column is then the UTF-16 distance from the line start, plus one. */
    bmp;
    /**
     * With surrogate pairs: [index, characters before it] about every MARK_EVERY UTF-16 units,
     * so a column is counted from the nearest mark, not from the line start (a file can be one
     * long line, and counting from its start for every finding would be quadratic).
     */
    marks;
    constructor(text) {
        this.text = text;
        this.lineStarts = [0];
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
        // eslint-disable-next-line no-control-regex
        this.ascii = !/[^\x00-\x7f]/.test(text);
        this.bmp = this.ascii || !/[\ud800-\udbff]/.test(text);
        if (!this.bmp)
            this.marks = markCharacters(text);
        if (!this.ascii) {
            const bytes = Buffer.byteLength(text, 'utf8');
            const map = new Int32Array(bytes + 1);
            let b = 0;
            for (let i = 0; i < text.length; i++) {
                const cp = text.codePointAt(i);
                const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                for (let k = 0; k < width; k++)
                    map[b + k] = i;
                b += width;
                if (cp > 0xffff)
                    i++;
            }
            map[bytes] = text.length;
            this.byteToIndex = map;
        }
    }
    get length() {
        return this.text.length;
    }
    /** UTF-16 index of a UTF-8 byte offset (clamped to the text). */
    indexOfByte(byte) {
        if (byte <= 0)
            return 0;
        if (this.ascii)
            return Math.min(byte, this.text.length);
        const map = this.byteToIndex;
        return byte >= map.length ? this.text.length : map[byte];
    }
    /** UTF-8 byte offset of a UTF-16 index: the inverse of indexOfByte, without re-encoding the text before it. */
    byteOfIndex(index) {
        if (index <= 0)
            return 0;
        if (this.ascii)
            return Math.min(index, this.text.length);
        const map = this.byteToIndex;
        // the map is sorted: the first byte of the character at `index`
        let lo = 0;
        let hi = map.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (map[mid] < index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** UTF-16 index of a code-point offset, as PostgreSQL reports error cursors. */
    indexOfCodePoint(cp) {
        if (this.ascii)
            return Math.min(Math.max(cp, 0), this.text.length);
        let i = 0;
        for (let n = 0; n < cp && i < this.text.length; n++) {
            i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        return i;
    }
    /** 1-based line and column of a UTF-16 index. */
    position(index) {
        const idx = Math.max(0, Math.min(index, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.lineStarts[lo];
        if (this.bmp)
            return { line: lo + 1, column: idx - start + 1 };
        return { line: lo + 1, column: this.charactersBefore(idx) - this.charactersBefore(start) + 1 };
    }
    /** Characters (a surrogate pair is one) before a UTF-16 index, as an editor counts them. */
    charactersBefore(idx) {
        const marks = this.marks;
        // the last mark at or before idx
        let lo = 0;
        let hi = marks.length / 2 - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (marks[2 * mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        let count = marks[2 * lo + 1];
        for (let i = marks[2 * lo]; i < idx; i++) {
            const c = this.text.charCodeAt(i);
            // a surrogate pair is one character on screen
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx)
                i++;
            count++;
        }
        return count;
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next - 1;
        // (not a /\r$/ replace: that scans the whole line, and a line can be the whole file)
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
const MARK_EVERY = 256;
/** [index, characters before it] pairs, at character boundaries, from index 0 on. */
function markCharacters(text) {
    const marks = [0, 0];
    let count = 0;
    let next = MARK_EVERY;
    for (let i = 0; i < text.length; i++) {
        if (i >= next) {
            marks.push(i, count);
            next = i + MARK_EVERY;
        }
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)
            i++;
        count++;
    }
    return Int32Array.from(marks);
}


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ nonTransactionalInfo),
/* harmony export */   PX: () => (/* binding */ optionEnabled),
/* harmony export */   lG: () => (/* binding */ nonTransactional)
/* harmony export */ });
/** The label of a statement that cannot run in a transaction block, or undefined when it can. */
function nonTransactional(stmt, options = {}) {
    return nonTransactionalInfo(stmt, options)?.label;
}
function nonTransactionalInfo(stmt, options = {}) {
    const n = stmt.node ?? {};
    const plain = (label) => ({ label, concurrently: false });
    const concurrent = (label) => ({ label, concurrently: true });
    switch (stmt.kind) {
        case 'IndexStmt':
            return n.concurrent ? concurrent(n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
        case 'DropStmt':
            return n.concurrent && n.removeType === 'OBJECT_INDEX' ? concurrent('DROP INDEX CONCURRENTLY') : undefined;
        case 'ReindexStmt': {
            const what = REINDEX_TARGET[n.kind] ?? 'INDEX';
            if (optionEnabled(n.params, 'concurrently'))
                return concurrent(`REINDEX ${what} CONCURRENTLY`);
            // these commit after each table, so the server cannot let them run inside a block
            return what === 'SCHEMA' || what === 'DATABASE' || what === 'SYSTEM' ? plain(`REINDEX ${what}`) : undefined;
        }
        case 'AlterTableStmt':
            for (const c of n.cmds ?? []) {
                const cmd = c.AlterTableCmd;
                if (cmd?.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) {
                    return concurrent('DETACH PARTITION CONCURRENTLY');
                }
            }
            return undefined;
        case 'VacuumStmt':
            // ANALYZE alone is transactional; VACUUM (with or without ANALYZE) is not
            return n.is_vacuumcmd ? plain('VACUUM') : undefined;
        case 'ClusterStmt':
            // CLUSTER without a table reclusters every table, one transaction each
            return n.relation ? undefined : plain('CLUSTER');
        case 'AlterSystemStmt':
            return plain('ALTER SYSTEM');
        case 'CreatedbStmt':
            return plain('CREATE DATABASE');
        case 'DropdbStmt':
            return plain('DROP DATABASE');
        case 'AlterDatabaseStmt':
            return (n.options ?? []).some((o) => o.DefElem?.defname === 'tablespace') ? plain('ALTER DATABASE SET TABLESPACE') : undefined;
        case 'CreateTableSpaceStmt':
            return plain('CREATE TABLESPACE');
        case 'DropTableSpaceStmt':
            return plain('DROP TABLESPACE');
        case 'DiscardStmt':
            return n.target === 'DISCARD_ALL' ? plain('DISCARD ALL') : undefined;
        case 'AlterEnumStmt':
            // PostgreSQL 12 lifted the restriction (the new value still cannot be used before COMMIT)
            return n.newVal !== undefined && n.oldVal === undefined && (options.postgresVersion ?? 16) < 12 ? plain('ALTER TYPE … ADD VALUE') : undefined;
        case 'CreateSubscriptionStmt':
            // creating the replication slot on the publisher cannot be rolled back
            return optionEnabled(n.options, 'connect') !== false && optionEnabled(n.options, 'create_slot') !== false
                ? plain('CREATE SUBSCRIPTION')
                : undefined;
        case 'DropSubscriptionStmt':
            // refused only when the subscription has a slot to drop: the usual case
            return plain('DROP SUBSCRIPTION');
        case 'AlterSubscriptionStmt':
            if (n.kind === 'ALTER_SUBSCRIPTION_REFRESH')
                return plain('ALTER SUBSCRIPTION … REFRESH PUBLICATION');
            if ((n.kind === 'ALTER_SUBSCRIPTION_SET_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_ADD_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_DROP_PUBLICATION') &&
                optionEnabled(n.options, 'refresh') !== false) {
                return plain('ALTER SUBSCRIPTION … PUBLICATION');
            }
            return undefined;
        default:
            return undefined;
    }
}
const REINDEX_TARGET = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/**
 * A boolean option of a parenthesised option list (`REINDEX (CONCURRENTLY false)`, `WITH (refresh =
 * off)`): true or false as PostgreSQL reads it, undefined when the option is absent. A bare
 * option name means true. The parser drops zero and false values from the JSON, so an empty
 * Integer or Boolean node is 0 or false.
 */
function optionEnabled(options, name) {
    if (!Array.isArray(options))
        return undefined;
    let result;
    for (const o of options) {
        const d = o.DefElem;
        if (d?.defname !== name)
            continue;
        const arg = d.arg;
        if (!arg)
            result = true;
        else if (arg.Integer)
            result = (arg.Integer.ival ?? 0) !== 0;
        else if (arg.Boolean)
            result = arg.Boolean.boolval ?? false;
        else
            result = !isFalseWord(String(arg.String?.sval ?? ''));
    }
    return result;
}
/** PostgreSQL's parse_bool accepts any unambiguous prefix of false/no/off, and 0. */
function isFalseWord(text) {
    const t = text.toLowerCase();
    if (t === '0')
        return true;
    return (t.length >= 1 && ('false'.startsWith(t) || 'no'.startsWith(t))) || (t.length >= 2 && 'off'.startsWith(t));
}


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


// libpg-query's loader is CommonJS and finds libpg-query.wasm through __dirname. Inside the
// ESM bundle that name does not exist, so give it the bundle's folder (the build copies the
// .wasm there). Outside a bundle the loader has its own __dirname and this is unused.
const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 2627:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/**
 * DO NOT MODIFY MANUALLY — this is generated from the templates dir
 *
 * To make changes, edit the files in the templates/ directory and run:
 * npm run copy:templates
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
exports.hasSqlDetails = hasSqlDetails;
exports.formatSqlError = formatSqlError;
exports.loadModule = loadModule;
exports.parseSync = parseSync;
exports.parsePlPgSQLSync = parsePlPgSQLSync;
exports.fingerprintSync = fingerprintSync;
exports.normalizeSync = normalizeSync;
exports.scanSync = scanSync;
__exportStar(__nccwpck_require__(9461), exports);
class SqlError extends Error {
    sqlDetails;
    constructor(message, details) {
        super(message);
        this.name = 'SqlError';
        this.sqlDetails = details;
    }
}
exports.SqlError = SqlError;
function hasSqlDetails(error) {
    return error instanceof SqlError && error.sqlDetails !== undefined;
}
function formatSqlError(error, query, options = {}) {
    const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
    const lines = [];
    // ANSI color codes
    const red = color ? '\x1b[31m' : '';
    const yellow = color ? '\x1b[33m' : '';
    const reset = color ? '\x1b[0m' : '';
    // Add error message
    lines.push(`${red}Error: ${error.message}${reset}`);
    // Add SQL details if available
    if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== undefined && cursorPosition >= 0) {
            lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName || lineNumber) {
            const details = [];
            if (fileName)
                details.push(`file: ${fileName}`);
            if (functionName)
                details.push(`function: ${functionName}`);
            if (lineNumber)
                details.push(`line: ${lineNumber}`);
            lines.push(`Source: ${details.join(', ')}`);
        }
        // Show query with position marker
        if (showQuery && showPosition && cursorPosition !== undefined && cursorPosition >= 0) {
            let displayQuery = query;
            let adjustedPosition = cursorPosition;
            // Truncate if needed
            if (maxQueryLength && query.length > maxQueryLength) {
                const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
                const end = Math.min(query.length, start + maxQueryLength);
                displayQuery = (start > 0 ? '...' : '') +
                    query.substring(start, end) +
                    (end < query.length ? '...' : '');
                // Adjust cursor position for truncation
                adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
            }
            lines.push(displayQuery);
            lines.push(' '.repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
    }
    else if (showQuery) {
        // No SQL details, just show the query if requested
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
            displayQuery = query.substring(0, maxQueryLength) + '...';
        }
        lines.push(`Query: ${displayQuery}`);
    }
    return lines.join('\n');
}
// @ts-ignore
const libpg_query_js_1 = __importDefault(__nccwpck_require__(3995));
let wasmModule;
const initPromise = (0, libpg_query_js_1.default)().then((module) => {
    wasmModule = module;
});
function ensureLoaded() {
    if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
}
async function loadModule() {
    if (!wasmModule) {
        await initPromise;
    }
}
function awaitInit(fn) {
    return (async (...args) => {
        await initPromise;
        return fn(...args);
    });
}
function stringToPtr(str) {
    ensureLoaded();
    if (typeof str !== 'string') {
        throw new TypeError(`Expected a string, got ${typeof str}`);
    }
    const len = wasmModule.lengthBytesUTF8(str) + 1;
    const ptr = wasmModule._malloc(len);
    try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
    }
    catch (error) {
        wasmModule._free(ptr);
        throw error;
    }
}
function ptrToString(ptr) {
    ensureLoaded();
    if (typeof ptr !== 'number') {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
    }
    return wasmModule.UTF8ToString(ptr);
}
exports.parse = awaitInit(async (query) => {
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
});
exports.parsePlPgSQL = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.fingerprint = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
exports.normalize = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
// Sync versions
function parseSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    // Input validation
    if (query === null || query === undefined) {
        throw new Error('Query cannot be null or undefined');
    }
    if (query === '') {
        throw new Error('Query cannot be empty');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
            throw new Error('Failed to parse query: memory allocation failed');
        }
        // Read the PgQueryParseResult struct
        const parseTreePtr = wasmModule.getValue(resultPtr, 'i32');
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, 'i32');
        const errorPtr = wasmModule.getValue(resultPtr + 8, 'i32');
        if (errorPtr) {
            // Read PgQueryError struct
            const messagePtr = wasmModule.getValue(errorPtr, 'i32');
            const funcnamePtr = wasmModule.getValue(errorPtr + 4, 'i32');
            const filenamePtr = wasmModule.getValue(errorPtr + 8, 'i32');
            const lineno = wasmModule.getValue(errorPtr + 12, 'i32');
            const cursorpos = wasmModule.getValue(errorPtr + 16, 'i32');
            const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : 'Unknown error';
            const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : undefined;
            const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : undefined;
            throw new SqlError(message, {
                message,
                cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0, // Convert to 0-based
                fileName: filename,
                functionName: funcname,
                lineNumber: lineno > 0 ? lineno : undefined
            });
        }
        if (!parseTreePtr) {
            throw new Error('No parse tree generated');
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_parse_result(resultPtr);
        }
    }
}
function parsePlPgSQLSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        // Success is always a JSON object; anything else is an error message
        if (!resultStr.startsWith('{')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function fingerprintSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
function normalizeSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return resultStr;
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}
exports.scan = awaitInit(async (query) => {
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
});
function scanSync(query) {
    if (!wasmModule) {
        throw new Error('WASM module not initialized. Call loadModule() first.');
    }
    const queryPtr = stringToPtr(query);
    let resultPtr = 0;
    try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith('syntax error') || resultStr.startsWith('deparse error') || resultStr.startsWith('ERROR')) {
            throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
    }
    finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
            wasmModule._wasm_free_string(resultPtr);
        }
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
