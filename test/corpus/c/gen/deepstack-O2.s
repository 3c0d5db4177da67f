	.file	"deepstack.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	fill, @function
fill:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	cmplwi 0,3,47
	stw 26,24(1)
	.cfi_offset 26, -24
	bgt- 0,.L6
	cmpwi 0,4,-1
	stw 27,28(1)
	.cfi_offset 27, -20
	mr 27,4
	beq- 0,.L8
	cmpwi 0,4,48
	beq- 0,.L8
	stw 28,32(1)
	.cfi_offset 28, -16
	mulli 28,3,48
	stw 25,20(1)
	.cfi_offset 25, -28
	lis 25,.LANCHOR0@ha
	mflr 0
	.cfi_register 65, 0
	la 25,.LANCHOR0@l(25)
	add 28,28,4
	stw 22,8(1)
	.cfi_offset 22, -40
	stw 23,12(1)
	.cfi_offset 23, -36
	li 26,0
	stw 24,16(1)
	.cfi_offset 24, -32
	li 23,2
	stw 29,36(1)
	.cfi_offset 29, -12
	add 28,25,28
	stw 30,40(1)
	.cfi_offset 30, -8
	mr 29,5
	stw 0,52(1)
	.cfi_offset 65, 4
	mr 30,3
	stw 31,44(1)
	.cfi_offset 31, -4
	addi 24,4,1
	addi 22,4,-1
	b .L5
.L3:
	lwz 9,2304(25)
	addi 28,28,-48
	stb 23,48(28)
	cmpw 0,9,29
	bge- 0,.L4
	stw 29,2304(25)
.L4:
	addi 29,29,1
	mr 5,29
	bl fill
	mr 5,29
	mr 31,3
	mr 4,27
	addi 3,30,1
	addi 31,31,1
	bl fill
	mr 5,29
	mr 9,3
	mr 4,22
	mr 3,30
	addi 30,30,-1
	add 31,31,9
	bl fill
	cmplwi 0,30,47
	add 31,31,3
	add 26,26,31
	bgt- 0,.L10
.L5:
	lbz 9,0(28)
	mr 4,24
	mr 3,30
	cmpwi 0,9,0
	beq+ 0,.L3
.L10:
	lwz 0,52(1)
	lwz 22,8(1)
	.cfi_restore 22
	lwz 23,12(1)
	.cfi_restore 23
	lwz 24,16(1)
	.cfi_restore 24
	mtlr 0
	.cfi_restore 65
	lwz 25,20(1)
	.cfi_restore 25
	lwz 27,28(1)
	.cfi_restore 27
	lwz 28,32(1)
	.cfi_restore 28
	lwz 29,36(1)
	.cfi_restore 29
	lwz 30,40(1)
	.cfi_restore 30
	lwz 31,44(1)
	.cfi_restore 31
.L1:
	mr 3,26
	lwz 26,24(1)
	addi 1,1,48
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L8:
	.cfi_def_cfa_offset 48
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	li 26,0
	lwz 27,28(1)
	.cfi_restore 27
	mr 3,26
	lwz 26,24(1)
	addi 1,1,48
	.cfi_restore 26
	.cfi_def_cfa_offset 0
	blr
.L6:
	.cfi_def_cfa_offset 48
	.cfi_offset 26, -24
	li 26,0
	b .L1
	.cfi_endproc
.LFE0:
	.size	fill,.-fill
	.align 2
	.type	nest, @function
nest:
.LFB2:
	.cfi_startproc
	stwu 1,-288(1)
	.cfi_def_cfa_offset 288
	li 9,76
	lis 6,0x6666
	mr 4,3
	mr 8,3
	ori 6,6,0x6667
	stw 31,284(1)
	li 7,0
	stb 9,8(1)
	addi 5,1,263
	.cfi_offset 31, -4
.L13:
	mulhw 9,8,6
	srawi 10,8,31
	addi 3,7,1
	mr 31,7
	mr 7,3
	srawi 9,9,2
	subf 10,10,9
	mulli 9,10,10
	subf 9,9,8
	mr. 8,10
	addi 9,9,48
	stbx 9,5,3
	bne+ 0,.L13
	andi. 9,3,0x1
	addi 9,1,264
	add 9,9,3
	addi 10,1,8
	beq- 0,.L14
	lbzu 8,-1(9)
	cmpwi 0,31,0
	mr 10,1
	mr 3,31
	stbu 8,9(10)
	beq- 0,.L34
.L14:
	lbz 5,-1(9)
	addic. 3,3,-2
	lbz 6,-2(9)
	addi 8,10,1
	addi 9,9,-2
	addi 10,10,2
	stb 5,-1(10)
	stb 6,1(8)
	bne+ 0,.L14
.L34:
	addi 9,1,8
	cmpwi 0,4,6000
	add 9,9,31
	li 10,59
	stb 10,2(9)
	bne- 0,.L37
.L15:
	addi 10,31,3
	addi 9,1,7
	andi. 10,10,0x1
	addi 10,31,3
	bne- 0,.L38
.L23:
	srwi 10,10,1
	mtctr 10
.L16:
	lbz 10,1(9)
	mulli 3,3,31
	lbz 8,2(9)
	addi 9,9,2
	add 10,10,3
	mulli 10,10,31
	add 3,8,10
	bdnz .L16
.L33:
	lwz 31,284(1)
	addi 1,1,288
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
.L38:
	.cfi_restore_state
	mr 9,1
	mulli 3,3,31
	lbzu 8,8(9)
	cmpwi 0,31,-2
	add 3,8,3
	bne+ 0,.L23
	b .L33
.L37:
	mflr 0
	.cfi_register 65, 0
	addi 3,4,1
	stw 0,292(1)
	.cfi_offset 65, 4
	bl nest
	lwz 0,292(1)
	mtlr 0
	.cfi_restore 65
	b .L15
	.cfi_endproc
.LFE2:
	.size	nest,.-nest
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"filled"
	.align 2
.LC1:
	.string	"max depth"
	.align 2
.LC2:
	.string	"unreached"
	.align 2
.LC3:
	.string	"nested lines"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	li 6,7
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,20(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	addi 5,31,7
.L43:
	li 10,24
	andi. 9,6,0x8
	mr 8,5
	li 9,0
	mtctr 10
.L42:
	addic 10,9,-1
	xori 7,9,0x2f
	subfe 10,10,9
	bne- 0,.L41
	addic 10,7,-1
	subfe 10,10,7
.L41:
	addi 9,9,1
	stb 10,0(8)
	addic 10,9,-1
	addi 8,8,48
	subfe 10,10,9
	bne- 0,.L54
	xori 7,9,0x2f
	addic 10,7,-1
	subfe 10,10,7
.L54:
	stb 10,0(8)
	addi 9,9,1
	addi 8,8,48
	bdnz .L42
	addi 6,6,8
	addi 5,5,8
	cmpwi 0,6,55
	bne+ 0,.L43
	li 5,1
	li 4,0
	li 3,0
	bl fill
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_int
	lwz 4,2304(31)
	lis 3,.LC1@ha
	la 3,.LC1@l(3)
	bl show_int
	addi 6,31,-1
	li 4,0
	addi 31,31,2303
.L44:
	li 10,24
	mr 9,6
	li 7,0
	mtctr 10
.L45:
	lbz 8,1(9)
	addi 9,9,2
	lbz 10,0(9)
	subfic 8,8,0
	addze 4,4
	subfic 10,10,0
	addze 7,7
	bdnz .L45
	addi 6,6,48
	add 4,4,7
	cmplw 0,31,6
	bne+ 0,.L44
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 3,1
	bl nest
	mr 31,3
	lis 3,.LC3@ha
	mr 4,31
	la 3,.LC3@l(3)
	bl show_hex
	lis 9,0x51eb
	ori 9,9,0x851f
	lwz 0,20(1)
	mulhwu 9,31,9
	mtlr 0
	.cfi_restore 65
	srwi 9,9,5
	mulli 9,9,100
	subf 9,9,31
	lwz 31,12(1)
	addi 3,9,1
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	grid, @object
	.size	grid, 2304
grid:
	.zero	2304
	.type	max_depth, @object
	.size	max_depth, 4
max_depth:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
