	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl write
	.type	write, @function
write:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	li 0,4
	lwz 3,8(31)
	lwz 9,12(31)
	mr 4,9
	lwz 9,16(31)
	mr 5,9
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	mr 9,3
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	write,.-write
	.align 2
	.globl exit
	.type	exit, @function
exit:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	li 0,1
	lwz 3,8(31)
#APP
 # 23 "rt.c" 1
	sc
 # 0 "" 2
#NO_APP
.L4:
	b .L4
	.cfi_endproc
.LFE1:
	.size	exit,.-exit
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L6
.L7:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L6:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L7
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	memcpy,.-memcpy
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmplw 0,10,9
	bge 0,.L14
	b .L11
.L12:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L11:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L12
	b .L13
.L15:
	lwz 10,12(31)
	lwz 9,32(31)
	add 10,10,9
	lwz 8,8(31)
	lwz 9,32(31)
	add 9,8,9
	lbz 10,0(10)
	stb 10,0(9)
.L14:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L15
.L13:
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	memmove,.-memmove
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L18
.L19:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lwz 10,28(31)
	stb 10,0(9)
.L18:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L19
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	memset,.-memset
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L22
.L27:
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L23
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmplw 0,10,9
	bge 0,.L24
	li 9,-1
	b .L26
.L24:
	li 9,1
	b .L26
.L23:
	lwz 9,32(31)
	addi 9,9,-1
	stw 9,32(31)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L22:
	lwz 9,32(31)
	cmpwi 0,9,0
	bne 0,.L27
	li 9,0
.L26:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	memcmp,.-memcmp
	.align 2
	.globl print_str
	.type	print_str, @function
print_str:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L29
.L30:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L29:
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L30
	lwz 5,8(31)
	lwz 4,24(31)
	li 3,1
	bl write
	nop
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	print_str,.-print_str
	.align 2
	.globl print_char
	.type	print_char, @function
print_char:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	stb 9,8(31)
	li 5,1
	addi 9,31,8
	mr 4,9
	li 3,1
	bl write
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	print_char,.-print_char
	.align 2
	.globl print_nl
	.type	print_nl, @function
print_nl:
.LFB8:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 3,10
	bl print_char
	nop
	addi 11,31,16
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	print_nl,.-print_nl
	.align 2
	.globl print_uint
	.type	print_uint, @function
print_uint:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,12
	stw 9,8(31)
.L34:
	lwz 10,24(31)
	lis 9,0xcccc
	ori 9,9,0xcccd
	mulhwu 9,10,9
	srwi 9,9,3
	mulli 9,9,10
	subf 9,9,10
	mr 10,9
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	addi 9,10,48
	mr 8,9
	addi 10,31,12
	lwz 9,8(31)
	add 9,10,9
	stb 8,0(9)
	lwz 10,24(31)
	lis 9,0xcccc
	ori 9,9,0xcccd
	mulhwu 9,10,9
	srwi 9,9,3
	stw 9,24(31)
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L34
	lwz 9,8(31)
	addi 10,31,12
	add 10,10,9
	lwz 9,8(31)
	subfic 9,9,12
	mr 5,9
	mr 4,10
	li 3,1
	bl write
	nop
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	print_uint,.-print_uint
	.align 2
	.globl print_int
	.type	print_int, @function
print_int:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L36
	li 3,45
	bl print_char
	lwz 9,8(31)
	neg 9,9
	mr 3,9
	bl print_uint
	b .L38
.L36:
	lwz 9,8(31)
	mr 3,9
	bl print_uint
.L38:
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	print_int,.-print_int
	.section	.rodata
	.align 2
	.type	HEX, @object
	.size	HEX, 17
HEX:
	.string	"0123456789abcdef"
	.section	".text"
	.align 2
	.globl print_hex
	.type	print_hex, @function
print_hex:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,7
	stw 9,8(31)
	b .L40
.L41:
	lwz 9,24(31)
	rlwinm 9,9,0,28,31
	lis 10,HEX@ha
	la 10,HEX@l(10)
	lbzx 10,10,9
	addi 8,31,12
	lwz 9,8(31)
	add 9,8,9
	stb 10,0(9)
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	lwz 9,24(31)
	srwi 9,9,4
	stw 9,24(31)
.L40:
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L41
	addi 9,31,12
	li 5,8
	mr 4,9
	li 3,1
	bl write
	nop
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	print_hex,.-print_hex
	.globl __umoddi3
	.globl __udivdi3
	.align 2
	.globl print_u64
	.type	print_u64, @function
print_u64:
.LFB12:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	li 9,21
	stw 9,8(31)
.L43:
	lwz 10,40(31)
	lwz 11,44(31)
	li 5,0
	li 6,10
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 10,11
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	addi 9,10,48
	mr 8,9
	addi 10,31,12
	lwz 9,8(31)
	add 9,10,9
	stb 8,0(9)
	lwz 10,40(31)
	lwz 11,44(31)
	li 5,0
	li 6,10
	mr 3,10
	mr 4,11
	bl __udivdi3
	mr 11,4
	mr 10,3
	stw 10,40(31)
	stw 11,44(31)
	lwz 9,40(31)
	lwz 10,44(31)
	or 9,9,10
	cmpwi 0,9,0
	bne 0,.L43
	lwz 9,8(31)
	addi 10,31,12
	add 10,10,9
	lwz 9,8(31)
	subfic 9,9,21
	mr 5,9
	mr 4,10
	li 3,1
	bl write
	nop
	addi 11,31,64
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	print_u64,.-print_u64
	.align 2
	.globl print_i64
	.type	print_i64, @function
print_i64:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L45
	li 3,45
	bl print_char
	lwz 10,8(31)
	lwz 11,12(31)
	subfic 29,11,0
	subfze 28,10
	mr 3,28
	mr 4,29
	bl print_u64
	b .L48
.L45:
	lwz 10,8(31)
	lwz 11,12(31)
	mr 3,10
	mr 4,11
	bl print_u64
.L48:
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	print_i64,.-print_i64
	.align 2
	.globl print_hex64
	.type	print_hex64, @function
print_hex64:
.LFB14:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	srwi 11,9,0
	li 10,0
	mr 9,11
	mr 3,9
	bl print_hex
	lwz 9,12(31)
	mr 3,9
	bl print_hex
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	print_hex64,.-print_hex64
	.align 2
	.globl show_int
	.type	show_int, @function
show_int:
.LFB15:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 3,8(31)
	bl print_str
	li 3,61
	bl print_char
	lwz 3,12(31)
	bl print_int
	bl print_nl
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE15:
	.size	show_int,.-show_int
	.section	.rodata
	.align 2
.LC0:
	.string	"=0x"
	.section	".text"
	.align 2
	.globl show_hex
	.type	show_hex, @function
show_hex:
.LFB16:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 3,8(31)
	bl print_str
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,12(31)
	bl print_hex
	bl print_nl
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE16:
	.size	show_hex,.-show_hex
	.align 2
	.globl show_i64
	.type	show_i64, @function
show_i64:
.LFB17:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 3,8(31)
	bl print_str
	li 3,61
	bl print_char
	lwz 3,16(31)
	lwz 4,20(31)
	bl print_i64
	bl print_nl
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE17:
	.size	show_i64,.-show_i64
	.align 2
	.globl show_hex64
	.type	show_hex64, @function
show_hex64:
.LFB18:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 3,8(31)
	bl print_str
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	lwz 3,16(31)
	lwz 4,20(31)
	bl print_hex64
	bl print_nl
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE18:
	.size	show_hex64,.-show_hex64
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
