	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl write
	.type	write, @function
write:
.LFB0:
	.cfi_startproc
	li 0,4
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
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
	li 0,1
#APP
 # 23 "rt.c" 1
	sc
 # 0 "" 2
#NO_APP
.L3:
	b .L3
	.cfi_endproc
.LFE1:
	.size	exit,.-exit
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB2:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	mtctr 10
.L5:
	bdnz .L6
	blr
.L6:
	lbzx 10,4,9
	stbx 10,3,9
	addi 9,9,1
	b .L5
	.cfi_endproc
.LFE2:
	.size	memcpy,.-memcpy
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB3:
	.cfi_startproc
	cmplw 0,3,4
	addi 9,5,1
	mtctr 9
	bge- 0,.L9
	addi 10,5,1
	li 9,0
	mtctr 10
	b .L8
.L10:
	lbzx 10,4,9
	stbx 10,3,9
	addi 9,9,1
.L8:
	bdnz .L10
	blr
.L11:
	lbzx 9,4,5
	stbx 9,3,5
.L9:
	addi 5,5,-1
	bdnz .L11
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
	addi 10,5,1
	li 9,0
	mtctr 10
.L16:
	bdnz .L17
	blr
.L17:
	stbx 4,3,9
	addi 9,9,1
	b .L16
	.cfi_endproc
.LFE4:
	.size	memset,.-memset
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB5:
	.cfi_startproc
	addi 10,5,1
	li 9,0
	addi 4,4,-1
	mtctr 10
.L19:
	bdnz .L21
	li 3,0
	blr
.L21:
	lbzx 10,3,9
	addi 9,9,1
	lbzx 8,4,9
	rlwinm 10,10,0,0xff
	cmpw 0,10,8
	beq+ 0,.L19
	cmplw 0,10,8
	li 3,1
	bgelr- 0
	li 3,-1
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
	mr 4,3
	li 5,0
.L25:
	lbzx 9,4,5
	cmpwi 0,9,0
	bne+ 0,.L26
	li 3,1
	b write
.L26:
	addi 5,5,1
	b .L25
	.cfi_endproc
.LFE6:
	.size	print_str,.-print_str
	.align 2
	.globl print_char
	.type	print_char, @function
print_char:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 5,1
	stb 3,8(1)
	addi 4,1,8
	li 3,1
	stw 0,20(1)
	.cfi_offset 65, 4
	bl write
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
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
	li 3,10
	b print_char
	.cfi_endproc
.LFE8:
	.size	print_nl,.-print_nl
	.align 2
	.globl print_uint
	.type	print_uint, @function
print_uint:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 9,12
	li 7,10
	stw 0,36(1)
	.cfi_offset 65, 4
	addi 4,1,8
.L31:
	divwu 8,3,7
	addi 9,9,-1
	mulli 10,8,10
	subf 10,10,3
	addi 10,10,48
	stbx 10,9,4
	mr 10,3
	cmplwi 0,10,9
	mr 3,8
	bgt+ 0,.L31
	subfic 5,9,12
	add 4,4,9
	li 3,1
	bl write
	lwz 0,36(1)
	addi 1,1,32
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
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
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr. 31,3
	stw 0,20(1)
	.cfi_offset 65, 4
	bge+ 0,.L35
	li 3,45
	bl print_char
	neg 3,31
.L35:
	lwz 0,20(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_uint
	.cfi_endproc
.LFE10:
	.size	print_int,.-print_int
	.align 2
	.globl print_hex
	.type	print_hex, @function
print_hex:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	lis 10,.LANCHOR0@ha
	li 8,8
	li 9,7
	la 10,.LANCHOR0@l(10)
	stw 0,36(1)
	.cfi_offset 65, 4
	addi 4,1,8
	mtctr 8
.L38:
	rlwinm 8,3,0,28,31
	srwi 3,3,4
	lbzx 8,10,8
	stbx 8,9,4
	addi 9,9,-1
	bdnz .L38
	li 5,8
	li 3,1
	bl write
	lwz 0,36(1)
	addi 1,1,32
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
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
	stmw 26,40(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,3
	mr 30,4
	li 29,21
	addi 28,1,8
.L46:
	li 5,0
	li 6,10
	mr 3,31
	mr 4,30
	bl __umoddi3
	addi 29,29,-1
	addi 4,4,48
	mr 26,31
	stbx 4,29,28
	mr 3,31
	mr 4,30
	li 5,0
	li 6,10
	mr 27,30
	bl __udivdi3
	cmpwi 0,26,0
	mr 31,3
	mr 30,4
	bne+ 0,.L46
	cmplwi 0,27,9
	bgt+ 0,.L46
	subfic 5,29,21
	add 4,28,29
	li 3,1
	bl write
	addi 11,1,64
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE12:
	.size	print_u64,.-print_u64
	.align 2
	.globl print_i64
	.type	print_i64, @function
print_i64:
.LFB13:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stmw 30,8(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr. 30,3
	stw 0,20(1)
	.cfi_offset 65, 4
	bge+ 0,.L49
	mr 31,4
	li 3,45
	bl print_char
	subfic 4,31,0
	subfze 3,30
.L49:
	lwz 0,20(1)
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_u64
	.cfi_endproc
.LFE13:
	.size	print_i64,.-print_i64
	.align 2
	.globl print_hex64
	.type	print_hex64, @function
print_hex64:
.LFB14:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,20(1)
	.cfi_offset 65, 4
	bl print_hex
	lwz 0,20(1)
	mr 3,31
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_hex
	.cfi_endproc
.LFE14:
	.size	print_hex64,.-print_hex64
	.align 2
	.globl show_int
	.type	show_int, @function
show_int:
.LFB15:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,4
	bl print_str
	li 3,61
	bl print_char
	mr 3,31
	bl print_int
	lwz 0,20(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
	.cfi_endproc
.LFE15:
	.size	show_int,.-show_int
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"=0x"
	.section	".text"
	.align 2
	.globl show_hex
	.type	show_hex, @function
show_hex:
.LFB16:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,4
	bl print_str
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl print_str
	mr 3,31
	bl print_hex
	lwz 0,20(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
	.cfi_endproc
.LFE16:
	.size	show_hex,.-show_hex
	.align 2
	.globl show_i64
	.type	show_i64, @function
show_i64:
.LFB17:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,5
	mr 31,6
	bl print_str
	li 3,61
	bl print_char
	mr 3,30
	mr 4,31
	bl print_i64
	lwz 0,20(1)
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
	.cfi_endproc
.LFE17:
	.size	show_i64,.-show_i64
	.align 2
	.globl show_hex64
	.type	show_hex64, @function
show_hex64:
.LFB18:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stmw 30,8(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 30,5
	mr 31,6
	bl print_str
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl print_str
	mr 3,30
	mr 4,31
	bl print_hex64
	lwz 0,20(1)
	lwz 30,8(1)
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_nl
	.cfi_endproc
.LFE18:
	.size	show_hex64,.-show_hex64
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	HEX, @object
	.size	HEX, 17
HEX:
	.string	"0123456789abcdef"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
